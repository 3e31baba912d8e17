using HarrisHouse.Search.Searching.Querying;

namespace HarrisHouse.Search.Tests.Searching;

/// <summary>The "-ing" form of a word and the word, which KStem keeps apart when its dictionary lists the "-ing" form.</summary>
public sealed class WordFormsTests
{
    [Theory]
    [InlineData("visiting", "visit")]
    [InlineData("smoking", "smoke")]
    [InlineData("stopping", "stop")]
    [InlineData("walking", "walk")]
    [InlineData("visit", "visiting")]
    [InlineData("smoke", "smoking")]
    [InlineData("stop", "stopping")]
    public void A_word_and_its_ing_form_are_each_others_forms(string word, string form) =>
        Assert.Contains(form, WordForms.Of(word));

    [Theory]
    [InlineData("evening")]
    [InlineData("morning")]
    [InlineData("outing")]
    [InlineData("thing")]
    public void A_noun_ending_in_ing_is_not_a_verb_form(string noun) =>
        Assert.Empty(WordForms.Of(noun));

    [Theory]
    [InlineData("even", "evening")]
    [InlineData("out", "outing")]
    public void A_word_is_not_read_as_a_noun_that_happens_to_end_in_ing(string word, string noun) =>
        Assert.DoesNotContain(noun, WordForms.Of(word));
}
