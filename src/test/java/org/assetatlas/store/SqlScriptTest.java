package org.assetatlas.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqlScriptTest {

    @Test
    void keepsTriggerBodiesWholeAndSkipsComments() {
        List<String> s = SqlScript.split("""
                -- comment
                CREATE TABLE a (x);
                CREATE TRIGGER t AFTER INSERT ON a BEGIN
                    INSERT INTO a VALUES (1);
                    INSERT INTO a VALUES (2);
                END;
                CREATE INDEX i ON a (x);
                """);
        assertEquals(3, s.size());
        assertTrue(s.get(1).startsWith("CREATE TRIGGER") && s.get(1).endsWith("END;"));
    }
}
