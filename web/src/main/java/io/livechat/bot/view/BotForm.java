package io.livechat.bot.view;

import io.livechat.bot.entity.Bot;
import io.livechat.bot.entity.CallProviderType;
import java.io.Serializable;

/**
 * What the bot page's forms hold between requests: the values as typed, and the version of the bot
 * they were read at. The access token is write-only: it is never read from the server.
 */
public class BotForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private long version;
    private String name;
    private String transferred;
    private String resolved;
    private String agentsAway;
    private String queued;
    private String backInQueue;
    private String handedOn;
    private boolean audioCalls;
    private boolean videoCalls;
    private CallProviderType callProvider;
    private String callProjectId;
    private String callAppKey;
    private String origins;
    private boolean dictation;
    private String phoneNumberId;
    private String accessToken;
    private String candidate;

    /** Takes the bot's own fields as saved, with the version the next edit must carry. */
    void show(Bot bot) {
        version = bot.getVersion();
        name = bot.getName();
        transferred = bot.getTexts().transferred();
        resolved = bot.getTexts().resolved();
        agentsAway = bot.getTexts().agentsAway();
        queued = bot.getTexts().queued();
        backInQueue = bot.getTexts().backInQueue();
        handedOn = bot.getTexts().handedOn();
        audioCalls = bot.getCalls().audioEnabled();
        videoCalls = bot.getCalls().videoEnabled();
        callProvider = bot.getCalls().provider();
        callProjectId = bot.getCalls().projectId();
    }

    /**
     * Takes the version after a change of this page that bumps it without touching the fields the
     * version guards (the WhatsApp number, the members), so that the next edit is not refused.
     */
    void adoptVersion(Bot bot) {
        version = bot.getVersion();
    }

    long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTransferred() {
        return transferred;
    }

    public void setTransferred(String transferred) {
        this.transferred = transferred;
    }

    public String getResolved() {
        return resolved;
    }

    public void setResolved(String resolved) {
        this.resolved = resolved;
    }

    public String getAgentsAway() {
        return agentsAway;
    }

    public void setAgentsAway(String agentsAway) {
        this.agentsAway = agentsAway;
    }

    public String getQueued() {
        return queued;
    }

    public void setQueued(String queued) {
        this.queued = queued;
    }

    public String getBackInQueue() {
        return backInQueue;
    }

    public void setBackInQueue(String backInQueue) {
        this.backInQueue = backInQueue;
    }

    public String getHandedOn() {
        return handedOn;
    }

    public void setHandedOn(String handedOn) {
        this.handedOn = handedOn;
    }

    public boolean isAudioCalls() {
        return audioCalls;
    }

    public void setAudioCalls(boolean audioCalls) {
        this.audioCalls = audioCalls;
    }

    public boolean isVideoCalls() {
        return videoCalls;
    }

    public void setVideoCalls(boolean videoCalls) {
        this.videoCalls = videoCalls;
    }

    public CallProviderType getCallProvider() {
        return callProvider;
    }

    public void setCallProvider(CallProviderType callProvider) {
        this.callProvider = callProvider;
    }

    public String getCallProjectId() {
        return callProjectId;
    }

    public void setCallProjectId(String callProjectId) {
        this.callProjectId = callProjectId;
    }

    public String getCallAppKey() {
        return callAppKey;
    }

    public void setCallAppKey(String callAppKey) {
        this.callAppKey = callAppKey;
    }

    public String getOrigins() {
        return origins;
    }

    public void setOrigins(String origins) {
        this.origins = origins;
    }

    public boolean isDictation() {
        return dictation;
    }

    public void setDictation(boolean dictation) {
        this.dictation = dictation;
    }

    public String getPhoneNumberId() {
        return phoneNumberId;
    }

    public void setPhoneNumberId(String phoneNumberId) {
        this.phoneNumberId = phoneNumberId;
    }

    public String getAccessToken() {
        return accessToken;
    }

    public void setAccessToken(String accessToken) {
        this.accessToken = accessToken;
    }

    public String getCandidate() {
        return candidate;
    }

    public void setCandidate(String candidate) {
        this.candidate = candidate;
    }
}
