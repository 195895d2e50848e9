/*
 * The Live Chat page (console/livechat.xhtml): reacts to the console pushes of its bot by asking the
 * server to re-render only the region concerned (the p:remoteCommands of the page), shows the
 * visitor's typing, reports the agent's typing (at most every few seconds) and keeps the transcript
 * scrolled to the newest message.
 */
var LiveChatPage = (function () {
    var TYPING_SHOWN_MS = 4000;
    var TYPING_REPORT_MS = 3000;
    var typingTimer = null;
    var lastTypingReport = 0;

    function selected() {
        var panel = document.getElementById('lc:conversation');
        return panel ? panel.dataset : {};
    }

    function concernsSelected(event, key) {
        return String(event[key]) === selected()[key];
    }

    function localizeTimes() {
        var format = new Intl.DateTimeFormat(undefined, {hour: '2-digit', minute: '2-digit'});
        document.querySelectorAll('.livechat time[datetime]').forEach(function (time) {
            var at = new Date(time.getAttribute('datetime'));
            if (!isNaN(at)) {
                time.textContent = format.format(at);
                time.title = at.toLocaleString();
            }
        });
    }

    function showTyping() {
        var indicator = document.getElementById('livechat-typing');
        if (!indicator) {
            return;
        }
        indicator.textContent = indicator.dataset.text;
        clearTimeout(typingTimer);
        typingTimer = setTimeout(function () {
            indicator.textContent = '';
        }, TYPING_SHOWN_MS);
    }

    return {
        init: function (botId) {
            LiveChatConsole.on('handover', function (event) {
                if (event.botId !== botId) {
                    return;
                }
                if (concernsSelected(event, 'handover')) {
                    liveChatRefreshSelected();
                } else {
                    liveChatRefreshHandovers();
                }
            });
            LiveChatConsole.on('message', function (event) {
                if (event.botId === botId && concernsSelected(event, 'conversation')) {
                    liveChatRefreshTranscript();
                }
            });
            LiveChatConsole.on('typing', function (event) {
                if (event.botId === botId && concernsSelected(event, 'conversation')) {
                    showTyping();
                }
            });
            document.addEventListener('DOMContentLoaded', localizeTimes);
        },
        /** After the transcript was rendered again: local times, newest message in view. */
        scrolled: function () {
            localizeTimes();
            var transcript = document.getElementById('lc:transcript');
            if (transcript) {
                transcript.scrollTop = transcript.scrollHeight;
            }
        },
        sent: function () {
            LiveChatPage.scrolled();
            var reply = document.getElementById('lc:reply');
            if (reply) {
                reply.focus();
            }
        },
        /** Enter sends, Shift+Enter starts a new line. */
        composerKey: function (event) {
            if (event.key === 'Enter' && !event.shiftKey) {
                event.preventDefault();
                document.getElementById('lc:send').click();
                return false;
            }
            return true;
        },
        typed: function () {
            var now = Date.now();
            if (now - lastTypingReport > TYPING_REPORT_MS) {
                lastTypingReport = now;
                liveChatAgentTyping();
            }
        }
    };
})();
