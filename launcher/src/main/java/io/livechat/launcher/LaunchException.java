package io.livechat.launcher;

/** A reason the run command cannot go on, worded for the person who ran it. */
final class LaunchException extends Exception {

    LaunchException(String message) {
        super(message);
    }
}
