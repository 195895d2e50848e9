/*
 * Files from the Live Chat composer: the attach button, a file dropped on the conversation, or a
 * screenshot pasted into the reply. The upload goes to /console/files with its progress shown and a
 * cancel button; a file over the conversation's limit is refused here before anything is sent, and any
 * other refusal (a type the bot does not take, read by the server from the bytes) shows the server's words.
 * Once stored, the transcript is read again (the console push does that on the other pages).
 */
var LiveChatFiles = (function () {
    var current = null;

    function composer() {
        return document.getElementById('lc:composer');
    }

    function panel() {
        return document.getElementById('livechat-upload');
    }

    function show(text, refused, progress) {
        var box = panel();
        box.hidden = false;
        box.classList.toggle('livechat-upload-refused', !!refused);
        box.querySelector('.livechat-upload-text').textContent = text;
        box.querySelector('.livechat-upload-progress').value = progress || 0;
        box.querySelector('.livechat-upload-cancel').hidden = !!refused;
    }

    function megabytes(bytes) {
        return (bytes / 1048576).toFixed(bytes % 1048576 === 0 ? 0 : 1) + ' MB';
    }

    /** A pasted screenshot is called image.png by every browser: give it a name that says when it was taken. */
    function nameOf(file) {
        if (file.name && file.name !== 'image.png') {
            return file.name;
        }
        return 'screenshot-' + new Date().toISOString().slice(0, 19).replace(/[T:]/g, '-') + '.png';
    }

    function upload(file) {
        var box = composer();
        if (!box || !file || current) {
            return;
        }
        var name = nameOf(file);
        var max = Number(box.dataset.maxBytes);
        if (file.size > max) {
            show(box.dataset.tooLarge.replace('{0}', name).replace('{1}', megabytes(max)), true);
            return;
        }
        var conversation = document.getElementById('lc:conversation').dataset.conversation;
        var xhr = new XMLHttpRequest();
        current = xhr;
        xhr.open('POST', box.dataset.upload + '?conversation=' + encodeURIComponent(conversation)
            + '&name=' + encodeURIComponent(name));
        xhr.setRequestHeader('Content-Type', file.type || 'application/octet-stream');
        // Marks it as the page's own request: a session that ended answers 401, not the login page.
        xhr.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
        xhr.upload.onprogress = function (event) {
            if (event.lengthComputable) {
                show(box.dataset.uploading.replace('{0}', name), false, event.loaded / event.total);
            }
        };
        xhr.onload = function () {
            current = null;
            if (xhr.status === 201) {
                panel().hidden = true;
                liveChatRefreshTranscript();
                return;
            }
            if (xhr.getResponseHeader('X-Session-Ended')) {
                panel().hidden = true;
                LiveChatConsole.ended(xhr.getResponseHeader('X-Session-Ended'));
                return;
            }
            var detail = 'HTTP ' + xhr.status;
            try {
                detail = JSON.parse(xhr.responseText).detail || detail;
            } catch (e) { /* not a problem document */ }
            show(box.dataset.failed.replace('{0}', detail), true);
        };
        xhr.onerror = function () {
            current = null;
            show(box.dataset.failed.replace('{0}', name), true);
        };
        xhr.onabort = function () {
            current = null;
            show(box.dataset.cancelled.replace('{0}', name), true);
        };
        show(box.dataset.uploading.replace('{0}', name), false, 0);
        xhr.send(file);
    }

    function inConversation(event) {
        return composer() && event.target.closest && event.target.closest('#lc\\:conversation');
    }

    function carriesFiles(event) {
        return event.dataTransfer && Array.prototype.indexOf.call(event.dataTransfer.types, 'Files') >= 0;
    }

    // Delegated to the document: the composer is rendered again by every ajax update.
    document.addEventListener('dragover', function (event) {
        if (inConversation(event) && carriesFiles(event)) {
            event.preventDefault();
            document.getElementById('lc:conversation').classList.add('livechat-dropping');
        }
    });
    document.addEventListener('dragleave', function (event) {
        if (inConversation(event) && event.target.id === 'lc:conversation') {
            event.target.classList.remove('livechat-dropping');
        }
    });
    document.addEventListener('drop', function (event) {
        if (inConversation(event) && carriesFiles(event)) {
            event.preventDefault();
            document.getElementById('lc:conversation').classList.remove('livechat-dropping');
            upload(event.dataTransfer.files[0]);
        }
    });
    document.addEventListener('paste', function (event) {
        var files = event.clipboardData && event.clipboardData.files;
        if (event.target.id === 'lc:reply' && files && files.length) {
            event.preventDefault();
            upload(files[0]);
        }
    });

    return {
        pick: function () {
            document.getElementById('livechat-file').click();
        },
        chosen: function (input) {
            upload(input.files[0]);
            input.value = '';
        },
        cancel: function () {
            if (current) {
                current.abort();
            } else {
                panel().hidden = true;
            }
        },
        /** For a test or a script: sends the file as if it had been dropped. */
        upload: upload
    };
})();
