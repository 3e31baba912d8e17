/* Harris House Search settings page: Test connection and Reindex everything. */
(function () {
	'use strict';
	var cfg = window.hhSearchAdmin;
	if (!cfg) {
		return;
	}
	var $ = function (id) { return document.getElementById(id); };

	function post(action, extra) {
		var body = new URLSearchParams({ action: action, nonce: cfg.nonce });
		Object.keys(extra || {}).forEach(function (k) { body.append(k, extra[k]); });
		return fetch(cfg.ajaxUrl, {
			method: 'POST',
			credentials: 'same-origin',
			headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
			body: body.toString()
		}).then(function (response) {
			return response.json().catch(function () {
				throw new Error('HTTP ' + response.status);
			});
		});
	}

	function format(template) {
		var args = Array.prototype.slice.call(arguments, 1);
		return template.replace(/%(\d)\$d/g, function (m, n) { return String(args[n - 1]); });
	}

	var test = $('hh-search-test');
	if (test) {
		test.addEventListener('click', function () {
			var out = $('hh-search-test-result');
			test.disabled = true;
			out.textContent = cfg.i18n.testing;
			post('hh_search_test_connection').then(function (res) {
				out.textContent = (res.data && res.data.message) || '';
				out.style.color = res.success ? '#008a20' : '#d63638';
			}).catch(function (e) {
				out.textContent = cfg.i18n.failed + ' ' + e.message;
				out.style.color = '#d63638';
			}).then(function () { test.disabled = false; });
		});
	}

	var button = $('hh-search-reindex');
	var restart = $('hh-search-reindex-restart');
	var bar = $('hh-search-reindex-progress');
	var status = $('hh-search-reindex-status');
	var errors = $('hh-search-reindex-errors');
	var running = false;

	function show(state) {
		bar.hidden = false;
		bar.max = Math.max(1, state.total);
		bar.value = state.done;
		status.textContent = format(cfg.i18n.progress, state.done, state.total);
	}

	function step(fresh) {
		post('hh_search_reindex', fresh ? { restart: '1' } : {}).then(function (res) {
			var data = res.data || {};
			if (data.state) {
				show(data.state);
			}
			(data.errors || []).forEach(function (message) {
				var li = document.createElement('li');
				li.textContent = cfg.i18n.skipped + ' ' + message;
				errors.appendChild(li);
			});
			if (!res.success) {
				throw new Error(data.message || 'error');
			}
			if (data.finished) {
				status.textContent = cfg.i18n.finished + ' ' + format(cfg.i18n.progress, data.state.done, data.state.total);
				done(false);
				return;
			}
			step(false);
		}).catch(function (e) {
			status.textContent = cfg.i18n.stopped + ' ' + e.message;
			done(true);
		});
	}

	function start(fresh) {
		if (running) {
			return;
		}
		if (fresh && !window.confirm(cfg.i18n.confirm)) {
			return;
		}
		running = true;
		button.disabled = true;
		if (restart) {
			restart.disabled = true;
		}
		errors.textContent = '';
		step(fresh);
	}

	function done(resumable) {
		running = false;
		button.disabled = false;
		button.dataset.resume = resumable ? '1' : '0';
		button.textContent = resumable ? cfg.i18n.resume : cfg.i18n.reindex;
		if (restart) {
			restart.disabled = false;
		}
	}

	if (button) {
		button.addEventListener('click', function () {
			start(button.dataset.resume !== '1');
		});
	}
	if (restart) {
		restart.addEventListener('click', function () { start(true); });
	}
})();
