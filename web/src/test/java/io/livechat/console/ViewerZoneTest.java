package io.livechat.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.livechat.shared.boundary.InvalidInputException;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ViewerZoneTest {

    @Test
    void anIanaZoneIdIsTheViewersZone() {
        assertEquals(Optional.of(ZoneId.of("Europe/Berlin")), ViewerZone.parse("Europe/Berlin"));
        assertEquals(Optional.of(ZoneId.of("America/Argentina/Buenos_Aires")), ViewerZone.parse("America/Argentina/Buenos_Aires"));
        assertEquals(ZoneId.of("UTC"), ViewerZone.of("UTC"));
    }

    @Test
    void noZoneIsUtc() {
        assertEquals(Optional.of(ZoneId.of("UTC")), ViewerZone.parse(null));
        assertEquals(Optional.of(ZoneId.of("UTC")), ViewerZone.parse(""));
        assertEquals(ZoneId.of("UTC"), ViewerZone.of(" "));
    }

    @Test
    void offsetsTyposAndOtherCaseAreNotGuessed() {
        for (String id : new String[] {"+02:00", "UTC+1", "Z", "europe/berlin", "Mars/Olympus_Mons", "Europe/Berlin ", "x".repeat(500)}) {
            assertTrue(ViewerZone.parse(id).isEmpty(), id);
        }
    }

    @Test
    void theApiRefusesAnUnknownZoneAsInvalidInputNamingIt() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> ViewerZone.of("Mars/Base"));
        assertEquals("zone: 'Mars/Base' is not an IANA time zone id (such as Europe/Berlin or UTC)", refused.getMessage());
        String longOne = assertThrows(InvalidInputException.class, () -> ViewerZone.of("y".repeat(500))).getMessage();
        assertTrue(longOne.length() < 150, longOne);
    }
}
