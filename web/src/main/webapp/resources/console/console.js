/*
 * Live updates for the console pages. <o:socket channel="console"> hands every push to
 * LiveChatConsole.receive; a page registers what it does for each kind of push:
 *   LiveChatConsole.on('handover', function (event) { ... });   // event.botId, event.handoverId, ...
 * Kinds: handover (a transition), message (a new message in a conversation), typing (a visitor types),
 * note (a note on a conversation's contact), tags (a conversation's tags changed),
 * and open: the socket (re)connected, so pushes sent while it was closed were missed; refresh then;
 * ended: the page's session ended (LiveChatConsole.ended), to keep what was typed.
 * While the socket is open, <html data-live="open"> says so.
 *
 * Enter in a field never submits its form by itself: the browser would run the form's first button
 * (on the Live Chat page Assign or Unassign). A form, or a part of one, that has an Enter action
 * names it with p:defaultCommand, which handles the key before it gets here.
 */
document.addEventListener('keydown', function (event) {
    var field = event.target;
    if (event.key === 'Enter' && field.form
            && field.matches('input:not([type=submit], [type=button], [type=reset], [type=image])')) {
        event.preventDefault();
    }
});

/*
 * Leaving a console page does not tell the server that its view is gone (OmniFaces' unload request).
 * Behind a balancer without sticky sessions that request and the next page's reach two nodes at the
 * same moment; each saves its copy of the session to the data grid, and when the unload's copy is
 * saved last the new page's view state is lost ("Page expired" on its first click). The views of
 * closed pages are dropped instead when the session holds more than its limit of views (Mojarra's
 * and OmniFaces' least recently used) or ends. These listeners are registered here, in the head,
 * before OmniFaces registers its own at the end of the body, so they run first on the same event.
 */
['beforeunload', 'pagehide', 'unload'].forEach(function (type) {
    window.addEventListener(type, function () {
        if (window.OmniFaces && OmniFaces.Unload) {
            OmniFaces.Unload.disable();
        }
    });
});

/*
 * A link to another page waits until this page's requests are answered (at most a few seconds): a
 * request still under way and the next page's would reach two nodes at once behind a balancer
 * without sticky sessions, with the same outcome as the unload request above. One after the other,
 * the next page's node knows from the session's version cookie that it must wait for the newer
 * session. Registered on the window, so a page's own handler of a click on the document (which
 * prevents the link's default) runs first.
 */
window.addEventListener('click', function (event) {
    var WAIT_MS = 5000;
    var link = event.target.closest ? event.target.closest('a[href]') : null;
    if (!link || event.defaultPrevented || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey
            || event.altKey || (link.target && link.target !== '_self') || link.hasAttribute('download')
            || link.origin !== window.location.origin || link.getAttribute('href').charAt(0) === '#'
            || !window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty()) {
        return;
    }
    event.preventDefault();
    var href = link.href;
    var since = Date.now();
    (function leaveWhenAnswered() {
        if (PrimeFaces.ajax.Queue.isEmpty() || Date.now() - since >= WAIT_MS) {
            window.location.assign(href);
        } else {
            setTimeout(leaveWhenAnswered, 50);
        }
    })();
});

var LiveChatConsole = (function () {
    var REOPEN_TRIES = 3;
    var handlers = {};
    var ended = null;
    var reopenings = 0;

    /** The dialog of the template that says the session ended (data-context is left out at the root), why, and leads to the login page and back. */
    function showEnded(reason) {
        var dialog = document.getElementById('session-ended');
        var key = reason.replace(/-(\w)/g, function (all, letter) { return letter.toUpperCase(); });
        var here = location.pathname.substring((dialog.dataset.context || '').length) + location.search;
        document.getElementById('session-ended-reason').textContent = dialog.dataset[key] || dialog.dataset.expired;
        document.getElementById('session-ended-sign-in').href = dialog.dataset.login + '?continue='
            + encodeURIComponent(here) + '&ended=' + encodeURIComponent(reason);
        var caller = document.getElementById('caller');
        if (caller) {
            caller.textContent = dialog.dataset.caller;
        }
        document.documentElement.setAttribute('data-session', 'ended');
        if (!dialog.open) {
            dialog.showModal();
        }
    }

    // Every ajax request of the page (PrimeFaces', whether global or not) that finds the session ended.
    document.addEventListener('DOMContentLoaded', function () {
        if (window.jQuery) {
            jQuery(document).on('pfAjaxError', function (event, xhr) {
                var reason = xhr && xhr.getResponseHeader('X-Session-Ended');
                if (reason) {
                    LiveChatConsole.ended(reason);
                }
            });
        }
    });
    // Back to a page kept in the browser's memory: asked again, so a page of an ended session never looks live.
    window.addEventListener('pageshow', function (event) {
        if (event.persisted) {
            location.reload();
        }
    });

    return {
        /**
         * The session ended (reason: signed-out, expired, disabled): the page's 'ended' handlers keep
         * what matters (the reply's draft), then the dialog says why and offers to sign in again.
         */
        ended: function (reason) {
            if (!ended) {
                ended = reason;
                (handlers.ended || []).forEach(function (handler) {
                    handler(reason);
                });
            }
            showEnded(ended);
        },
        /** Whether the page's session ended: nothing it sends can work then. */
        isEnded: function () {
            return !!ended;
        },
        on: function (type, handler) {
            (handlers[type] = handlers[type] || []).push(handler);
        },
        opened: function () {
            reopenings = 0;
            document.documentElement.setAttribute('data-live', 'open');
            (handlers.open || []).forEach(function (handler) {
                handler();
            });
        },
        /**
         * The socket closed for good: OmniFaces tries again only after a socket that was open dropped.
         * Behind a balancer without sticky sessions the first page after signing in can ask a node
         * that has not read the session yet in which that page's push channel was just made (it is
         * refused): a few more tries, a second apart and more, before the page stays without pushes.
         */
        closed: function () {
            document.documentElement.setAttribute('data-live', 'closed');
            if (!ended && reopenings < REOPEN_TRIES) {
                reopenings++;
                setTimeout(function () {
                    OmniFaces.Push.open('console');
                }, 1000 * reopenings);
            }
        },
        receive: function (message) {
            var event = typeof message === 'string' ? JSON.parse(message) : message;
            (handlers[event.type] || []).forEach(function (handler) {
                handler(event);
            });
        }
    };
})();
