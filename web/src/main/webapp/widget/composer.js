/*
 * The composer's emoji picker and dictation, one module for the Live Chat console and the web widget
 * (the console imports it from its page, the widget from a customer's page: it is served with
 * Access-Control-Allow-Origin, as module scripts are fetched with CORS).
 *
 * The picker is emoji-picker-element (a web component with search, categories and frequently used
 * emoji kept in the browser's IndexedDB), served from /widget/vendor/ with its emoji data: nothing is
 * fetched from anywhere but this server. Dictation is the browser's Web Speech API where it has one;
 * every way it can fail (no API, the microphone blocked or absent, no network, nothing heard) is
 * said in words, never swallowed. Recognised text goes into the composer at the caret, to be read
 * over and sent by hand.
 */
const HERE = new URL('.', import.meta.url);
const PICKER = new URL('vendor/emoji-picker-element/picker.js', HERE).href;
/** The picker fetches its data from here only; its built-in default would be a CDN. */
const DATA = new URL('vendor/emoji-picker-element-data/en/emojibase/data.json', HERE).href;

/** What dictation says, in English; the console passes its own texts from its resource bundle. */
export const TEXTS = {
    listening: 'Listening\u2026 speak now; click the microphone again to stop.',
    heard: 'Check the dictated text, then send it.',
    unsupported: 'This browser has no speech recognition. Type instead, or use Chrome, Edge or Safari.',
    denied: 'The microphone is blocked. Allow it for this site in the browser\u2019s settings, then try again.',
    noMicrophone: 'No microphone was found. Connect one, then try again.',
    network: 'Speech recognition could not reach its service. Check the network, then try again.',
    noSpeech: 'Nothing was heard. Click the microphone and speak again.',
    language: 'Speech recognition does not support the language {0}.',
    failed: 'Speech recognition failed ({0}). Try again, or type instead.',
    emojiUnavailable: 'The emoji picker cannot run on this page.'
};

const ERRORS = {
    'not-allowed': 'denied',
    'service-not-allowed': 'denied',
    'audio-capture': 'noMicrophone',
    'network': 'network',
    'no-speech': 'noSpeech',
    'language-not-supported': 'language'
};

/** Puts the text into the field where its caret is (over a selection), as if it had been typed. */
export function insertAtCaret(field, text) {
    const start = field.selectionStart == null ? field.value.length : field.selectionStart;
    const end = field.selectionEnd == null ? start : field.selectionEnd;
    field.setRangeText(text, start, end, 'end');
    field.focus();
    field.dispatchEvent(new Event('input', {bubbles: true}));
}

/**
 * Opens the picker in the container (made once, then shown again); a picked emoji, with the skin
 * tone chosen, goes into field() at its caret. say(text, isError) reports a picker that cannot run.
 */
export async function showEmojiPicker(container, field, say, texts = TEXTS) {
    if (container.querySelector('emoji-picker')) {
        return container.querySelector('emoji-picker');
    }
    if (!htmlAssignable()) {
        say(texts.emojiUnavailable, true);
        return null;
    }
    const {default: Picker} = await import(PICKER);
    const picker = new Picker({dataSource: DATA, locale: 'en'});
    adoptStyles(picker);
    picker.addEventListener('emoji-click', (event) => insertAtCaret(field(), event.detail.unicode));
    container.appendChild(picker);
    return picker;
}

/**
 * The picker renders through innerHTML, which a page that enforces Trusted Types refuses; such a page
 * gets a sentence instead of an empty box.
 */
function htmlAssignable() {
    try {
        document.createElement('template').innerHTML = '';
        return true;
    } catch (e) {
        return false;
    }
}

/**
 * The picker styles itself with a style element, which a site whose policy allows no inline style
 * refuses; the same rules as a constructed style sheet apply everywhere.
 */
function adoptStyles(picker) {
    const root = picker.shadowRoot;
    const style = root && root.querySelector('style');
    if (style && 'adoptedStyleSheets' in root && typeof CSSStyleSheet === 'function') {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(style.textContent);
        root.adoptedStyleSheets = [sheet];
        style.remove();
    }
}

/**
 * Starts dictation into field() from the button, or stops it if it is listening. lang is the BCP 47
 * language to recognise; say(text, isError) shows what happens.
 */
export async function toggleDictation(button, field, lang, say, texts = TEXTS) {
    if (button.recognition) {
        button.recognition.stop();
        return;
    }
    const Recognition = window.SpeechRecognition || window.webkitSpeechRecognition;
    if (!Recognition) {
        say(texts.unsupported, true);
        return;
    }
    if (!(await hasMicrophone())) {
        say(texts.noMicrophone, true);
        return;
    }
    const recognition = new Recognition();
    recognition.lang = lang;
    recognition.interimResults = false;
    recognition.continuous = false;
    recognition.maxAlternatives = 1;
    let heard = false;
    let failed = false;
    recognition.onresult = (event) => {
        const text = Array.from(event.results).filter((result) => result.isFinal)
            .map((result) => result[0].transcript).join(' ').trim();
        if (text) {
            heard = true;
            const target = field();
            const before = target.value.slice(0, target.selectionStart);
            insertAtCaret(target, before && !/\s$/.test(before) ? ' ' + text : text);
        }
    };
    recognition.onerror = (event) => {
        failed = event.error !== 'aborted';
        if (failed) {
            const key = ERRORS[event.error] || 'failed';
            say(format(texts[key], key === 'language' ? lang : event.error), true);
        }
    };
    recognition.onend = () => {
        listening(button, null);
        if (!failed) {
            say(heard ? texts.heard : texts.noSpeech, !heard);
        }
    };
    try {
        recognition.start();
    } catch (e) {
        say(format(texts.failed, e.name || String(e)), true);
        return;
    }
    listening(button, recognition);
    say(texts.listening, false);
}

/** False only where the browser can tell that there is no microphone at all. */
async function hasMicrophone() {
    if (!navigator.mediaDevices || !navigator.mediaDevices.enumerateDevices) {
        return true;
    }
    try {
        const devices = await navigator.mediaDevices.enumerateDevices();
        return devices.some((device) => device.kind === 'audioinput');
    } catch (e) {
        return true;
    }
}

function listening(button, recognition) {
    button.recognition = recognition;
    button.classList.toggle('listening', !!recognition);
    button.setAttribute('aria-pressed', String(!!recognition));
}

function format(text, argument) {
    return text.replace('{0}', argument);
}
