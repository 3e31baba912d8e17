using HarrisHouse.Search.Content;

namespace HarrisHouse.Search.Related;

/// <summary>One entry of a "You might also be interested in" list, with what a widget needs to show it.</summary>
public sealed record RelatedItem(string Url, string Title, ContentType Type, DateOnly? Published, string Summary, string Reason);
