package io.livechat.channel.widget.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.livechat.shared.boundary.InvalidInputException;
import org.junit.jupiter.api.Test;

class WidgetAdministrationTest {

    @Test
    void originsAreKeptAsBrowsersSendThem() {
        assertEquals("https://shop.example.com", WidgetAdministration.origin(" HTTPS://Shop.Example.com:443 "));
        assertEquals("http://127.0.0.1:8081", WidgetAdministration.origin("http://127.0.0.1:8081"));
        assertEquals("http://localhost", WidgetAdministration.origin("http://localhost:80"));
    }

    @Test
    void whatIsNotAnOriginIsRefused() {
        for (String bad : new String[] {"https://shop.example.com/path", "ftp://shop.example.com", "shop.example.com",
                "https://user@shop.example.com", "https://shop.example.com?x=1", "", "*"}) {
            assertThrows(InvalidInputException.class, () -> WidgetAdministration.origin(bad), bad);
        }
    }

    @Test
    void theRefusalNamesTheBadOriginSoThatAFormCanShowIt() {
        InvalidOriginException refused = assertThrows(InvalidOriginException.class,
                () -> WidgetAdministration.origin("https://shop.example.com/path"));
        assertEquals("https://shop.example.com/path", refused.origin());
        assertEquals("invalid-input", refused.type(), "the REST problem type stays what clients know");
    }
}
