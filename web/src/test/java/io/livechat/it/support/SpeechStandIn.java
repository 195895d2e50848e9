package io.livechat.it.support;

import java.util.Map;

/**
 * A stand-in for the browser's speech recognition, put into every page the Chromium opens from now
 * on (headless Chromium has no speech engine): {@code SpeechRecognition} and
 * {@code webkitSpeechRecognition} become a class that records each recognition it makes in
 * {@code window.recognitions} and lets the test say what was heard or which error came, as a
 * browser's engine would. It also stands in for the device list, with {@code window.microphones}
 * microphones (1 unless the test changes it).
 */
public final class SpeechStandIn {

    static final String SCRIPT = """
            window.recognitions = [];
            window.microphones = 1;
            if (navigator.mediaDevices) {
              navigator.mediaDevices.enumerateDevices = () => Promise.resolve(Array.from({length: window.microphones},
                  (_, i) => ({kind: 'audioinput', deviceId: 'mic-' + i, groupId: '', label: ''})));
            }
            class StandInRecognition {
              constructor() { this.lang = ''; this.started = false; window.recognitions.push(this); }
              start() {
                if (this.started) { throw new DOMException('already started', 'InvalidStateError'); }
                this.started = true;
              }
              stop() { this.end(); }
              abort() { this.fail('aborted'); }
              hear(text) {
                const result = [{transcript: text, confidence: 0.92}];
                result.isFinal = true;
                this.onresult({resultIndex: 0, results: [result]});
                this.end();
              }
              fail(code) { this.onerror({error: code, message: ''}); this.end(); }
              end() { if (this.started) { this.started = false; this.onend(); } }
            }
            window.SpeechRecognition = StandInRecognition;
            window.webkitSpeechRecognition = StandInRecognition;
            """;

    private final Chromium browser;

    private SpeechStandIn(Chromium browser) {
        this.browser = browser;
    }

    /** Puts the stand-in into the pages the browser opens from now on (reload the open one). */
    public static SpeechStandIn into(Chromium browser) {
        browser.driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", SCRIPT));
        return new SpeechStandIn(browser);
    }

    /** The page's recognition that listens now, once there is one; its language. */
    public String awaitListening(int count) {
        browser.waitFor("recognition " + count + " listening", d -> Boolean.TRUE.equals(browser.script(
                "return window.recognitions.length === arguments[0] && window.recognitions[arguments[0] - 1].started",
                count)) ? true : null);
        return (String) browser.script("return window.recognitions[arguments[0] - 1].lang", count);
    }

    /** The engine heard the text (a final result), then ended. */
    public void hear(String text) {
        browser.script("window.recognitions[window.recognitions.length - 1].hear(arguments[0])", text);
    }

    /** The engine failed with the Web Speech API's error code, then ended. */
    public void fail(String code) {
        browser.script("window.recognitions[window.recognitions.length - 1].fail(arguments[0])", code);
    }

    /** The browser has no speech recognition at all. */
    public void remove() {
        browser.script("window.SpeechRecognition = undefined; window.webkitSpeechRecognition = undefined;");
    }

    /** The device list has this many microphones. */
    public void microphones(int count) {
        browser.script("window.microphones = arguments[0]", count);
    }

    public int recognitions() {
        return ((Number) browser.script("return window.recognitions.length")).intValue();
    }
}
