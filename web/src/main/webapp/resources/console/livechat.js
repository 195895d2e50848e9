/*
 * The Live Chat page (console/livechat.xhtml): reacts to the console pushes of its bot by asking the
 * server to re-render only the region concerned (the p:remoteCommands of the page); a push about a
 * handover brings only that handover's row (the patch), which this script puts in place. It loads a
 * list's next page when the end of the list comes into view, shows the visitor's typing, reports the
 * agent's typing (at most every few seconds) and keeps the transcript scrolled to the newest message.
 * The composer's emoji picker and dictation come from the module widget/composer.js, loaded on first use.
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
    var composerModule = null;
    var pageBot = null;

    /** The shared composer module (emoji picker, dictation), imported once. */
    function composer(tool) {
        if (!composerModule) {
            composerModule = import(tool.closest('[data-module]').dataset.module);
        }
        return composerModule;
    }

    function reply() {
        return document.getElementById('lc:reply');
    }

    /*
     * The reply's draft, kept in this tab (sessionStorage) per handover while it is typed: it survives
     * a re-rendered composer, a reload, a page expired and a sign-in after the session ended, and is
     * put back when the composer of that handover shows empty. A page that loads while the last
     * handover opened in it has a draft opens that handover again.
     */
    function draftKey(handover) {
        return 'livechat:draft:' + handover;
    }

    function keepDraft() {
        var field = reply();
        var handover = selected().handover;
        if (field && handover) {
            if (field.value) {
                sessionStorage.setItem(draftKey(handover), field.value);
            } else {
                sessionStorage.removeItem(draftKey(handover));
            }
        }
    }

    function restoreDraft() {
        var field = reply();
        var draft = field && sessionStorage.getItem(draftKey(selected().handover));
        if (draft && !field.value) {
            field.value = draft;
        }
    }

    /** The reply's length against the channel's limit (data-max-text), both in UTF-16 units. */
    function overLimit(field) {
        return field.value.trim().length - Number(field.dataset.maxText);
    }

    /**
     * The counter next to the reply: hidden until less than a tenth of the limit is left, then the
     * characters left, and red with the characters too many past it.
     */
    function countReply() {
        var field = reply();
        var counter = document.getElementById('livechat-counter');
        if (!field || !counter) {
            return;
        }
        var max = Number(field.dataset.maxText);
        var over = overLimit(field);
        counter.hidden = over < -max / 10;
        counter.classList.toggle('livechat-counter-over', over > 0);
        counter.textContent = over === 1 ? field.dataset.overOne
            : over > 0 ? field.dataset.over.replace('{0}', over.toLocaleString('en'))
            : field.dataset.left.replace('{0}', (-over).toLocaleString('en'));
    }

    /** The composer's texts from the page's resource bundle (data-* of the status line). */
    function composerTexts() {
        return Object.assign({}, document.getElementById('livechat-composer-status').dataset);
    }

    /** Shows what dictation or the picker has to say under the composer; errors stay until the next. */
    function say(text, isError) {
        var status = document.getElementById('livechat-composer-status');
        if (status) {
            status.textContent = text;
            status.classList.toggle('livechat-composer-error', !!isError);
        }
    }

    function closeEmoji() {
        var panel = document.getElementById('livechat-emoji');
        var toggle = document.getElementById('livechat-emoji-toggle');
        if (panel && !panel.hidden) {
            panel.hidden = true;
            toggle.setAttribute('aria-expanded', 'false');
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
            pageBot = botId;
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
            LiveChatConsole.on('delivery', function (event) {
                if (event.botId === botId && concernsSelected(event, 'conversation')) {
                    liveChatDelivery([{name: 'conversation', value: event.conversationId},
                        {name: 'message', value: event.messageId}]);
                }
            });
            LiveChatConsole.on('presence', function (event) {
                if (event.botId === botId) {
                    liveChatRefreshTeam();
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
                countReply();
                watchListEnds();
                var reopen = sessionStorage.getItem('livechat:open:' + botId);
                if (reopen && sessionStorage.getItem(draftKey(reopen)) && !selected().handover) {
                    liveChatSelect([{name: 'handover', value: reopen}]);
                }
            });
            // The session ended: what was typed is kept for after the sign-in, and the page stops asking.
            LiveChatConsole.on('ended', function () {
                keepDraft();
                if (window.PF && PF('liveChatPoll')) {
                    PF('liveChatPoll').stop();
                }
            });
            // The emoji picker closes with Escape and with a click elsewhere.
            document.addEventListener('keydown', function (event) {
                if (event.key === 'Escape') {
                    closeEmoji();
                }
            });
            document.addEventListener('click', function (event) {
                if (!event.target.closest('#livechat-emoji, #livechat-emoji-toggle')) {
                    closeEmoji();
                }
            });
        },
        /** After a patch of rows came (a push, a next page): rows in place, totals, the ends watched again. */
        patched: function () {
            applyPatch();
            markSelected();
            watchListEnds();
        },
        /** After a message's delivery state came (the delivery patch): it replaces the one its bubble shows. */
        delivered: function () {
            var patch = document.getElementById('lc:deliveryPatch');
            if (patch) {
                patch.querySelectorAll('.livechat-delivery[data-message]').forEach(function (state) {
                    var bubble = document.querySelector('#lc\\:transcript .livechat-msg[data-id="' + state.dataset.message + '"]');
                    if (bubble) {
                        var shown = bubble.querySelector('.livechat-delivery');
                        if (shown) {
                            shown.replaceWith(state);
                        } else {
                            bubble.appendChild(state);
                        }
                    }
                });
            }
        },
        /** After the lists were rendered again whole. */
        listed: function () {
            markSelected();
            watchListEnds();
        },
        /** After the transcript was rendered again: local times, newest message in view, the draft back. */
        scrolled: function () {
            localizeTimes();
            restoreDraft();
            countReply();
            markSelected();
            if (selected().handover) {
                sessionStorage.setItem('livechat:open:' + pageBot, selected().handover);
            }
            var transcript = document.getElementById('lc:transcript');
            if (transcript) {
                transcript.scrollTop = transcript.scrollHeight;
            }
        },
        sent: function () {
            var field = reply();
            if (field && !field.value) {
                // Sent: the draft is done with (a refused reply stays in the field, and so does its draft).
                sessionStorage.removeItem(draftKey(selected().handover));
            }
            LiveChatPage.scrolled();
            if (field) {
                field.focus();
                var status = document.getElementById('livechat-composer-status');
                if (!field.value && status.classList.contains('livechat-composer-error')) {
                    say('');
                }
            }
        },
        /** Whether the reply may go: a text over the channel's limit stays, with a message why. */
        sendable: function () {
            var field = reply();
            if (field && overLimit(field) > 0) {
                say(field.dataset.tooLong.replace('{0}', Number(field.dataset.maxText).toLocaleString('en')), true);
                return false;
            }
            return true;
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
        /** In the note field Enter starts a new line; Ctrl+Enter (Cmd+Enter) adds the note. */
        noteKey: function (event) {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
                event.preventDefault();
                document.getElementById('lc:addNote').click();
                return false;
            }
            return true;
        },
        /** Opens or closes the emoji picker; a picked emoji goes into the reply at the caret. */
        toggleEmoji: function (button) {
            var panel = document.getElementById('livechat-emoji');
            panel.hidden = !panel.hidden;
            button.setAttribute('aria-expanded', String(!panel.hidden));
            if (!panel.hidden) {
                composer(button).then(function (tools) {
                    return tools.showEmojiPicker(panel, reply, say, composerTexts());
                }).then(function (picker) {
                    var search = picker && picker.shadowRoot.querySelector('input[type=search]');
                    if (search) {
                        search.focus();
                    }
                }).catch(function (e) {
                    say(composerTexts().emojiUnavailable + ' (' + e.message + ')', true);
                });
            }
        },
        /**
         * Speech to text in the agent's language (their browser's, as it asked for the page): what
         * they say lands in the reply at the caret, to read over before sending.
         */
        dictate: function (button) {
            composer(button).then(function (tools) {
                return tools.toggleDictation(button, reply, button.dataset.lang || navigator.language, say,
                    composerTexts());
            }).catch(function (e) {
                say(composerTexts().failed.replace('{0}', e.message), true);
            });
        },
        typed: function () {
            countReply();
            keepDraft();
            var now = Date.now();
            if (now - lastTypingReport > TYPING_REPORT_MS) {
                lastTypingReport = now;
                liveChatAgentTyping();
            }
        }
    };
})();
