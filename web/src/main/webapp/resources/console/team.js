/*
 * The managers' live view (console/team.xhtml): a push about the bot's handovers, its people's
 * presence or its wait alert reads the figures again (a burst of pushes, one read); between reads
 * the oldest waiting handover's time ticks every second, in the server's clock, and its alert
 * (colour and words) shows once it waited the bot's wait alert.
 */
var TeamPage = (function () {
    var REFRESH_AFTER_MS = 150;
    var botId = null;
    var skew = 0;
    var refreshing = null;

    function refreshSoon() {
        if (!refreshing) {
            refreshing = setTimeout(function () {
                refreshing = null;
                teamRefresh();
            }, REFRESH_AFTER_MS);
        }
    }

    function fill(pattern) {
        var values = Array.prototype.slice.call(arguments, 1);
        return pattern.replace(/\{(\d)\}/g, function (all, index) {
            return values[Number(index)];
        });
    }

    /** The words of TeamBacking.waited, e.g. "4 min 12 s". */
    function waitedText(ms, data) {
        var seconds = Math.floor(ms / 1000);
        if (seconds < 60) {
            return fill(data.dataset.seconds, seconds);
        }
        if (seconds < 3600) {
            return fill(data.dataset.minutes, Math.floor(seconds / 60), seconds % 60);
        }
        return fill(data.dataset.hours, Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60);
    }

    function tick() {
        var data = document.getElementById('team-data');
        var oldest = document.getElementById('team-oldest');
        if (!data || !oldest) {
            return;
        }
        var waited = Math.max(0, Date.now() + skew - Number(oldest.dataset.requestedAt));
        document.getElementById('team-waited').textContent = waitedText(waited, data);
        var overdue = waited >= Number(data.dataset.alertAfter);
        document.getElementById('team-waiting').classList.toggle('team-overdue', overdue);
        document.getElementById('team-alert').classList.toggle('team-gone', !overdue);
    }

    return {
        init: function (bot) {
            botId = bot;
            ['handover', 'presence', 'wait-alert'].forEach(function (type) {
                LiveChatConsole.on(type, function (event) {
                    if (event.botId === botId) {
                        refreshSoon();
                    }
                });
            });
            var openedBefore = false;
            LiveChatConsole.on('open', function () {
                if (openedBefore) {
                    refreshSoon();
                }
                openedBefore = true;
            });
            TeamPage.rendered();
            setInterval(tick, 1000);
        },
        /** The figures were (re-)rendered: the server's clock against this browser's, then the time at once. */
        rendered: function () {
            var data = document.getElementById('team-data');
            if (data) {
                skew = Number(data.dataset.now) - Date.now();
            }
            tick();
        }
    };
})();
