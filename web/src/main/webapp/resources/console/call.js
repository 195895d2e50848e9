/*
 * Calls on the Live Chat page (WEB-INF/livechat/call.xhtml). Every page of the bot re-renders the call
 * panel when a push says a call of the selected conversation changed. The agent of a built-in call
 * answers the offer the visitor's widget sends once it accepted: their browser gets the microphone
 * (and the camera for a video call), answers with every ICE candidate gathered, and sends the answer
 * through liveChatCallSignal; the media then go peer to peer. The panel is re-rendered during the
 * call, so the streams live here and are put back into its video elements after every render.
 * An EnableX call joins the room with EnableX's SDK (loaded from the address in data-join) and the
 * agent's moderator token; the SDK carries the media and shows the visitor in #livechat-call-players.
 */
var LiveChatCall = (function () {
    var call = fresh();

    function fresh() {
        return {id: null, pc: null, local: null, remote: null, offer: null, connection: '', muted: {}, room: null, stream: null,
            problem: null};
    }

    function box() {
        return document.querySelector('#lc\\:call [data-call]');
    }

    function selectedConversation() {
        var panel = document.getElementById('lc:conversation');
        return panel ? panel.dataset.conversation : null;
    }

    /** Waits until every ICE candidate is in the description (at most 3 s): one signal each way. */
    function gathered(pc) {
        return new Promise(function (resolve) {
            if (pc.iceGatheringState === 'complete') {
                resolve();
                return;
            }
            var timer = setTimeout(resolve, 3000);
            pc.addEventListener('icegatheringstatechange', function () {
                if (pc.iceGatheringState === 'complete') {
                    clearTimeout(timer);
                    resolve();
                }
            });
        });
    }

    function show() {
        var panel = box();
        if (!panel || String(call.id) !== panel.dataset.call) {
            return;
        }
        panel.dataset.connection = call.connection;
        var problem = document.getElementById('livechat-call-problem');
        if (problem) {
            problem.textContent = call.problem ? panel.dataset[call.problem] : '';
        }
        panel.dataset.tracks = call.remote ? call.remote.getTracks().map(function (t) { return t.kind; }).sort().join(' ') : '';
        var remote = document.getElementById('livechat-call-remote');
        var local = document.getElementById('livechat-call-local');
        if (remote && remote.srcObject !== call.remote) {
            remote.srcObject = call.remote;
        }
        if (local && local.srcObject !== call.local) {
            local.srcObject = call.local;
        }
        ['audio', 'video'].forEach(function (kind) {
            var button = document.getElementById(kind === 'audio' ? 'livechat-call-mute' : 'livechat-call-camera');
            if (button) {
                button.setAttribute('aria-pressed', String(!!call.muted[kind]));
            }
        });
    }

    function close() {
        if (call.pc) {
            call.pc.close();
        }
        if (call.local) {
            call.local.getTracks().forEach(function (track) { track.stop(); });
        }
        if (call.room) {
            call.room.disconnect();
        }
        call = fresh();
    }

    function sdk(url) {
        return new Promise(function (resolve, reject) {
            if (window.EnxRtc) {
                resolve();
                return;
            }
            var script = document.createElement('script');
            script.src = url;
            script.onload = resolve;
            script.onerror = function () { reject(new Error('EnableX could not be loaded from ' + url)); };
            document.head.appendChild(script);
        });
    }

    /** Joins the call's EnableX room as its moderator. */
    function joinEnablex(panel, join) {
        close();
        call.id = Number(panel.dataset.call);
        call.connection = 'connecting';
        var id = call.id;
        sdk(join.sdkUrl).then(function () {
            call.stream = window.EnxRtc.joinRoom(join.token, {audio: true, video: panel.dataset.kind === 'VIDEO',
                data: false, attributes: {name: 'agent'}}, function (success, error) {
                if (call.id !== id) {
                    return;
                }
                if (error || !success) {
                    call.connection = 'failed';
                } else {
                    call.room = success.room;
                    call.connection = 'connected';
                    if (success.room.addEventListener) {
                        success.room.addEventListener('stream-subscribed', function (event) {
                            var stream = event.stream || (event.data && event.data.stream);
                            if (stream && stream.show) {
                                stream.show('livechat-call-players', {});
                            }
                        });
                    }
                    (success.streams || []).forEach(function (stream) { success.room.subscribe(stream); });
                }
                show();
            });
        }).catch(function (e) {
            call.connection = 'failed';
            console.error(e);
            show();
        });
    }

    /** The microphone (and camera); without them the agent still hears and sees, and is told why not the user. */
    function media(video) {
        if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
            call.problem = 'noMedia';
            return Promise.resolve(null);
        }
        return navigator.mediaDevices.getUserMedia({audio: true, video: video}).catch(function () {
            if (!video) {
                throw new Error('no microphone');
            }
            call.problem = 'noCamera';
            return navigator.mediaDevices.getUserMedia({audio: true, video: false});
        }).catch(function () {
            call.problem = 'noMedia';
            return null;
        });
    }

    /** Answers the widget's offer with this browser's microphone (and camera). */
    function answer(panel, offer) {
        var join = JSON.parse(panel.dataset.join || '{}');
        var pc = new RTCPeerConnection({iceServers: join.iceServers || []});
        call.pc = pc;
        call.remote = new MediaStream();
        pc.ontrack = function (event) {
            call.remote.addTrack(event.track);
            show();
        };
        pc.onconnectionstatechange = function () {
            call.connection = pc.connectionState;
            show();
        };
        return pc.setRemoteDescription(offer).then(function () {
            return media(panel.dataset.kind === 'VIDEO');
        }).then(function (stream) {
            if (stream) {
                call.local = stream;
                stream.getTracks().forEach(function (track) { pc.addTrack(track, stream); });
            }
            show();
            return pc.createAnswer();
        }).then(function (description) {
            return pc.setLocalDescription(description);
        }).then(function () {
            return gathered(pc);
        }).then(function () {
            liveChatCallSignal([{name: 'call', value: call.id}, {name: 'signal', value: JSON.stringify(pc.localDescription)}]);
        });
    }

    return {
        init: function (botId) {
            LiveChatConsole.on('call', function (event) {
                if (event.botId !== botId) {
                    return;
                }
                if (String(event.conversationId) === selectedConversation()) {
                    liveChatRefreshCall();
                }
                if (event.callId === call.id && event.state !== 'RINGING' && event.state !== 'ACTIVE') {
                    close();
                }
            });
            LiveChatConsole.on('call-signal', function (event) {
                if (event.botId === botId && event.signal.type === 'offer') {
                    close();
                    call.id = event.callId;
                    call.offer = event.signal;
                    LiveChatCall.sync();
                }
            });
        },
        /** After the call panel was rendered: answer a waiting offer, or put the streams back in place. */
        sync: function () {
            var panel = box();
            var join = panel && panel.dataset.join ? JSON.parse(panel.dataset.join) : {};
            if (join.provider === 'ENABLEX' && panel.dataset.state === 'ACTIVE' && String(call.id) !== panel.dataset.call) {
                joinEnablex(panel, join);
            } else if (call.offer && panel && panel.dataset.mine === 'true' && String(call.id) === panel.dataset.call
                && panel.dataset.state === 'ACTIVE') {
                var offer = call.offer;
                call.offer = null;
                answer(panel, offer).catch(function (e) {
                    console.error('The call could not connect', e);
                });
            } else if (call.offer && (!panel || panel.dataset.state !== 'ACTIVE')) {
                // The offer overtook the push that the visitor accepted: read the call now.
                liveChatRefreshCall();
            }
            show();
        },
        /** Mute (audio) or camera off (video), and back. */
        toggle: function (button, kind) {
            call.muted[kind] = !call.muted[kind];
            if (call.stream) {
                var method = (call.muted[kind] ? 'mute' : 'unmute') + (kind === 'audio' ? 'Audio' : 'Video');
                call.stream[method](function () { /* the SDK's own acknowledgement */ });
            }
            (call.local ? call.local.getTracks() : []).filter(function (track) { return track.kind === kind; })
                .forEach(function (track) { track.enabled = !call.muted[kind]; });
            show();
        }
    };
})();
