package org.assetatlas.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.assetatlas.model.FactorThemes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Schema v7 (factors, evidence, voices, transport): older files upgrade to it. */
class FactorSchemaTest {

    @TempDir
    Path dir;

    @Test
    void aVersionOneFileUpgradesAndGetsTheDefaultThemes() throws Exception {
        Path f = dir.resolve("v1.atlas");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f); Statement st = c.createStatement()) {
            st.execute("PRAGMA application_id = " + ProjectStore.APPLICATION_ID);
            String v1 = new String(FactorSchemaTest.class.getResourceAsStream("/db/migration/V001__create_schema.sql")
                    .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            for (String sql : SqlScript.split(v1)) {
                st.execute(sql);
            }
            st.execute("PRAGMA user_version = 1");
        }
        try (ProjectStore s = ProjectStore.open(f)) {
            assertEquals(Migrations.latestVersion(), s.schemaVersion());
            assertEquals(FactorThemes.DEFAULTS, s.factors().themes());
            assertEquals(List.of(), s.factors().factors());
            assertEquals(0, s.transport().stopCount());
        }
    }
}
