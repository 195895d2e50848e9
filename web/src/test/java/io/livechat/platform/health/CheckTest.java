package io.livechat.platform.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class CheckTest {

    @Test
    void handsEachFigureToTheWriterOfItsKindSoReportsKeepCountsNumbers() {
        Check check = new Check("whatsapp-parked", true,
                Map.of("reachable", true, "parkedMessages", 7, "backlog", 3L, "state", "unknown"));
        Map<String, String> written = new TreeMap<>();

        check.eachDatum((key, flag) -> written.put(key, "flag " + flag), (key, count) -> written.put(key, "count " + count),
                (key, word) -> written.put(key, "word " + word));

        assertEquals(Map.of("reachable", "flag true", "parkedMessages", "count 7", "backlog", "count 3",
                "state", "word unknown"), written);
    }
}
