/*
 * The Live Chat page (console/livechat.xhtml): reacts to the console pushes of its bot by asking the
 * server to re-render only the region concerned (the p:remoteCommands of the page); a push about a
 * handover brings only that handover's row (the patch), which this script puts in place. It loads a
 * list's next page when the end of the list comes into view, shows the visitor's typing, reports the
 * agent's typing (at most every few seconds) and keeps the transcript scrolled to the newest message.
 */
var LiveChatPage = (function () {
    var TYPING_SHOWN_MS = 4000;
    var TYPING_REPORT_MS = 3000;
    var typingTimer = null;
    var lastTypingReport = 0;
    var loading = {};
    var socketOpenedBefore = false;
    var listEnds = 'IntersectionObserver' in window ? new IntersectionObserver(function (entries) {
        entries.forEach(function (entry) {
            if (entry.isIntersecting) {
                loadMore(entry.target.dataset.list);
            }
        });
    }) : null;
    var EMOJI = ['\uD83D\uDE00', '\uD83D\uDE0A', '\uD83D\uDE09', '\uD83D\uDC4D', '\uD83D\uDE4F', '\uD83C\uDF89',
        '\u2764\uFE0F', '\uD83D\uDE22', '\uD83E\uDD14', '\uD83D\uDC4B', '\u2705', '\uD83D\uDCE6'];

    function Recognition() {
        return window.SpeechRecognition || window.webkitSpeechRecognition;
    }

    /** Puts the text into the composer where the caret is, as if typed. */
    function insert(text) {
        var reply = document.getElementById('lc:reply');
        if (!reply) {
            return;
        }
        var start = reply.selectionStart, end = reply.selectionEnd;
        reply.value = reply.value.slice(0, start) + text + reply.value.slice(end);
        reply.selectionStart = reply.selectionEnd = start + text.length;
        reply.focus();
        LiveChatPage.typed();
    }

    function offerSpeech() {
        var speech = document.getElementById('livechat-speech');
        if (speech && Recognition()) {
            speech.hidden = false;
        }
    }

    function selected() {
        var panel = document.getElementById('lc:conversation');
        return panel ? panel.dataset : {};
    }

    /** Whether the push is about the selected handover (kind 'handover') or its conversation (kind 'conversation'). */
    function concernsSelected(event, kind) {
        return String(event[kind + 'Id']) === selected()[kind];
    }

    /** A note belongs to the user, so it concerns every conversation of theirs; tags concern one conversation. */
    function concernsContact(event) {
        var panel = document.getElementById('lc:contact');
        return !!panel && (String(event.conversationId) === panel.dataset.conversation
            || String(event.contactId) === panel.dataset.contact);
    }

    /** Asks for the list's next page, once at a time; LiveChatPage.patched appends it. */
    function loadMore(list) {
        if (!loading[list]) {
            loading[list] = true;
            liveChatMore([{name: 'list', value: list}]);
        }
    }

    /** Watches the "Load more" button of each list that has more, so that scrolling to it loads. */
    function watchListEnds() {
        loading = {};
        if (listEnds) {
            listEnds.disconnect();
            document.querySelectorAll('#lc\\:handovers .livechat-more:not(.livechat-gone)').forEach(function (more) {
                listEnds.observe(more);
            });
        }
    }

    function markSelected() {
        var handover = selected().handover;
        document.querySelectorAll('#lc\\:handovers a.livechat-item').forEach(function (item) {
            item.classList.toggle('selected', item.dataset.handover === handover);
        });
    }

    /** Moves each row of the patch into its list (or only removes the handover's row), then the totals. */
    function applyPatch() {
        var patch = document.getElementById('lc:handoverPatch');
        var lists = document.getElementById('lc:handovers');
        if (!patch || !lists) {
            return;
        }
        patch.querySelectorAll('li[data-row]').forEach(function (row) {
            lists.querySelectorAll('li[data-row="' + row.dataset.row + '"]').forEach(function (shown) {
                shown.remove();
            });
            var list = row.dataset.list ? document.getElementById(row.dataset.list) : null;
            if (list && row.firstElementChild) {
                var before = row.dataset.before ? list.querySelector('li[data-row="' + row.dataset.before + '"]') : null;
                list.insertBefore(row, before);
            }
        });
        ['pending', 'assigned'].forEach(function (name) {
            document.getElementById(name + '-count').textContent = patch.dataset[name + 'Total'];
            document.getElementById(name + '-more').classList.toggle('livechat-gone',
                patch.dataset[name + 'More'] !== 'true');
        });
        document.getElementById('pending-none').classList.toggle('livechat-gone',
            !!document.getElementById('pending').firstElementChild);
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
                var handover = [{name: 'handover', value: event.handoverId}];
                // The page that made the change shows the new state already; its composer stays as it is.
                if (concernsSelected(event, 'handover') && event.state !== selected().state) {
                    liveChatRefreshSelected(handover);
                } else {
                    liveChatHandoverChanged(handover);
                }
            });
            // The socket came back: what was pushed while it was away is read again.
            LiveChatConsole.on('open', function () {
                if (socketOpenedBefore) {
                    liveChatReloadHandovers();
                }
                socketOpenedBefore = true;
            });
            document.addEventListener('click', function (event) {
                var item = event.target.closest('#lc\\:handovers a.livechat-item');
                var more = event.target.closest('#lc\\:handovers .livechat-more');
                if (item) {
                    event.preventDefault();
                    liveChatSelect([{name: 'handover', value: item.dataset.handover}]);
                } else if (more) {
                    loadMore(more.dataset.list);
                }
            });
            LiveChatConsole.on('message', function (event) {
                if (event.botId === botId && concernsSelected(event, 'conversation')) {
                    liveChatRefreshTranscript();
                }
            });
            LiveChatConsole.on('note', function (event) {
                if (event.botId === botId && concernsContact(event)) {
                    liveChatRefreshContact();
                }
            });
            LiveChatConsole.on('tags', function (event) {
                if (event.botId === botId && concernsContact(event)) {
                    liveChatRefreshContact();
                }
            });
            LiveChatConsole.on('typing', function (event) {
                if (event.botId === botId && concernsSelected(event, 'conversation')) {
                    showTyping();
                }
            });
            document.addEventListener('DOMContentLoaded', function () {
                localizeTimes();
                offerSpeech();
                watchListEnds();
            });
        },
        /** After a patch of rows came (a push, a next page): rows in place, totals, the ends watched again. */
        patched: function () {
            applyPatch();
            markSelected();
            watchListEnds();
        },
        /** After the lists were rendered again whole. */
        listed: function () {
            markSelected();
            watchListEnds();
        },
        /** After the transcript was rendered again: local times, newest message in view. */
        scrolled: function () {
            localizeTimes();
            offerSpeech();
            markSelected();
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
        toggleEmoji: function (button) {
            var panel = document.getElementById('livechat-emoji');
            if (!panel.childElementCount) {
                EMOJI.forEach(function (emoji) {
                    var choice = document.createElement('button');
                    choice.type = 'button';
                    choice.textContent = emoji;
                    choice.addEventListener('click', function () {
                        insert(emoji);
                    });
                    panel.appendChild(choice);
                });
            }
            panel.hidden = !panel.hidden;
            button.setAttribute('aria-expanded', String(!panel.hidden));
        },
        /** Speech to text: what the agent says lands in the composer, to read over before sending. */
        dictate: function (button) {
            var recognition = new (Recognition())();
            recognition.lang = document.documentElement.lang || 'en';
            recognition.onresult = function (event) {
                insert(event.results[0][0].transcript);
            };
            recognition.onend = function () {
                button.classList.remove('livechat-listening');
            };
            button.classList.add('livechat-listening');
            recognition.start();
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
