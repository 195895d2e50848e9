package io.livechat.channel.whatsapp.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Connects a bot to a WhatsApp Business number: the Graph API's phone number id and an access token. */
public record WhatsappConnectionRequest(
        @NotBlank @Size(max = 64) @Pattern(regexp = "\\s*[0-9]+\\s*", message = "must be the numeric phone number id")
        String phoneNumberId,
        @NotBlank @Size(max = 1000) String accessToken) {

    @Override
    public String toString() {
        return "WhatsappConnectionRequest[phoneNumberId=" + phoneNumberId + "]";
    }
}
