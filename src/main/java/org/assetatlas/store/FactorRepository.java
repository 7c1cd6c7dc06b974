package org.assetatlas.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.assetatlas.model.EngagementSummary;
import org.assetatlas.model.EvidenceSource;
import org.assetatlas.model.EvidenceType;
import org.assetatlas.model.Factor;
import org.assetatlas.model.FactorKind;
import org.assetatlas.model.Labelled;
import org.assetatlas.model.Voice;
import org.assetatlas.model.VoiceConsent;

/**
 * Barriers and enablers, the themes they are filed under, the evidence sources they cite, residents' voices and
 * engagement summaries. Writes are meant to run inside {@link ProjectStore#inTransaction}.
 */
public final class FactorRepository {

    private static final String LIST_SEPARATOR = "\n";
    private final Connection c;
    private final DomainRepository domains;

    FactorRepository(Connection c, DomainRepository domains) {
        this.c = c;
        this.domains = domains;
    }

    // ---- themes -------------------------------------------------------------------------------------------------

    /** The project's themes in display order. */
    public List<String> themes() {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name FROM factor_theme ORDER BY position, id")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("Cannot read the themes: " + e.getMessage(), e);
        }
    }

    /** Replaces the theme list (factors keep their theme text even when it is no longer listed). */
    public void saveThemes(List<String> themes) {
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM factor_theme");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO factor_theme (name, position) VALUES (?, ?)")) {
                int i = 0;
                for (String t : themes) {
                    ps.setString(1, t.strip());
                    ps.setInt(2, i++);
                    ps.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot save the themes: " + e.getMessage(), e);
        }
    }

    // ---- evidence -----------------------------------------------------------------------------------------------

    /** Adds the source (id 0, or restores it with its id) and returns it with its id. */
    public EvidenceSource insert(EvidenceSource e) {
        String sql = "INSERT INTO evidence_source (id, type, title, citation, link, date, sample_size, illustrative)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            setId(ps, 1, e.id());
            ps.setString(2, e.type().name());
            ps.setString(3, e.title());
            ps.setString(4, e.citation());
            ps.setString(5, e.link());
            ps.setString(6, e.date() == null ? null : e.date().toString());
            if (e.sampleSize() == null) {
                ps.setNull(7, Types.INTEGER);
            } else {
                ps.setInt(7, e.sampleSize());
            }
            ps.setInt(8, e.illustrative() ? 1 : 0);
            ps.executeUpdate();
            return e.withId(e.id() != 0 ? e.id() : generatedId(ps));
        } catch (SQLException ex) {
            throw new StoreException("Cannot save the evidence \u201c" + e.title() + "\u201d: " + ex.getMessage(), ex);
        }
    }

    public void deleteEvidence(long id) {
        execute("DELETE FROM evidence_source WHERE id = ?", id);
    }

    /** Every evidence source, newest first. */
    public List<EvidenceSource> evidence() {
        List<EvidenceSource> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, type, title, citation, link,"
                + " date, sample_size, illustrative FROM evidence_source ORDER BY date DESC, title")) {
            while (rs.next()) {
                int n = rs.getInt(7);
                Integer sample = rs.wasNull() ? null : n;
                out.add(new EvidenceSource(rs.getLong(1), EvidenceType.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getString(5), date(rs.getString(6)), sample, rs.getInt(8) != 0));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("Cannot read the evidence: " + e.getMessage(), e);
        }
    }

    // ---- factors ------------------------------------------------------------------------------------------------

    /**
     * Adds the factor (id 0, or restores it with its id) with its links and returns it with its id.
     *
     * @throws StoreException when it names a domain the project does not have, or an area or evidence source that
     *                        does not exist
     */
    public Factor insert(Factor f) {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO factor (id, kind, theme, description, strength,"
                + " illustrative) VALUES (?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            setId(ps, 1, f.id());
            ps.setString(2, f.kind().name().toLowerCase(Locale.ROOT));
            ps.setString(3, f.theme());
            ps.setString(4, f.description());
            ps.setInt(5, f.strength());
            ps.setInt(6, f.illustrative() ? 1 : 0);
            ps.executeUpdate();
            Factor stored = f.withId(f.id() != 0 ? f.id() : generatedId(ps));
            writeLinks(stored);
            return stored;
        } catch (SQLException e) {
            throw new StoreException("Cannot save the factor: " + e.getMessage(), e);
        }
    }

    /** Replaces a stored factor and its links. */
    public Factor update(Factor f) {
        try (PreparedStatement ps = c.prepareStatement("UPDATE factor SET kind = ?, theme = ?, description = ?,"
                + " strength = ?, illustrative = ? WHERE id = ?")) {
            ps.setString(1, f.kind().name().toLowerCase(Locale.ROOT));
            ps.setString(2, f.theme());
            ps.setString(3, f.description());
            ps.setInt(4, f.strength());
            ps.setInt(5, f.illustrative() ? 1 : 0);
            ps.setLong(6, f.id());
            if (ps.executeUpdate() == 0) {
                throw new StoreException("The factor no longer exists");
            }
            for (String table : new String[] {"factor_domain", "factor_area", "factor_asset", "factor_evidence"}) {
                execute("DELETE FROM " + table + " WHERE factor_id = ?", f.id());
            }
            writeLinks(f);
            return f;
        } catch (SQLException e) {
            throw new StoreException("Cannot save the factor: " + e.getMessage(), e);
        }
    }

    private void writeLinks(Factor f) throws SQLException {
        for (String d : f.domains()) {
            Long domainId = domains.idOf(d);
            if (domainId == null) {
                throw new StoreException("The project has no domain \u201c" + d + "\u201d");
            }
            link("INSERT OR IGNORE INTO factor_domain (factor_id, domain_id) VALUES (?, ?)", f.id(), domainId);
        }
        for (String a : f.areaCodes()) {
            link("INSERT INTO factor_area (factor_id, area_code) VALUES (?, ?)", f.id(), a);
        }
        for (String u : f.assetUids()) {
            link("INSERT INTO factor_asset (factor_id, asset_uid) VALUES (?, ?)", f.id(), u);
        }
        for (Long e : f.evidenceIds()) {
            link("INSERT INTO factor_evidence (factor_id, evidence_id) VALUES (?, ?)", f.id(), e);
        }
    }

    /** Deletes the factor; its links go with it (voices keep their words, losing the link). */
    public void deleteFactor(long id) {
        execute("DELETE FROM factor WHERE id = ?", id);
    }

    /** Every factor with its links, by theme then kind then id. */
    public List<Factor> factors() {
        Map<Long, List<String>> domainLinks = names("SELECT fd.factor_id, d.name FROM factor_domain fd"
                + " JOIN domain d ON d.id = fd.domain_id ORDER BY fd.factor_id, d.position");
        Map<Long, List<String>> areaLinks = names("SELECT factor_id, area_code FROM factor_area ORDER BY 1, 2");
        Map<Long, List<String>> assetLinks = names("SELECT factor_id, asset_uid FROM factor_asset ORDER BY 1, 2");
        Map<Long, List<String>> evidenceLinks = names("SELECT factor_id, evidence_id FROM factor_evidence"
                + " ORDER BY 1, 2");
        List<Factor> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, kind, theme, description,"
                + " strength, illustrative FROM factor ORDER BY theme, kind, id")) {
            while (rs.next()) {
                long id = rs.getLong(1);
                out.add(new Factor(id, FactorKind.valueOf(rs.getString(2).toUpperCase(Locale.ROOT)), rs.getString(3),
                        rs.getString(4), domainLinks.getOrDefault(id, List.of()), areaLinks.getOrDefault(id, List.of()),
                        assetLinks.getOrDefault(id, List.of()), rs.getInt(5),
                        evidenceLinks.getOrDefault(id, List.of()).stream().map(Long::valueOf).toList(),
                        rs.getInt(6) != 0));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("Cannot read the factors: " + e.getMessage(), e);
        }
    }

    public Optional<Factor> factor(long id) {
        return factors().stream().filter(f -> f.id() == id).findFirst();
    }

    // ---- voices -------------------------------------------------------------------------------------------------

    /** Adds the voice (id 0, or restores it with its id) with its links to factors and returns it with its id. */
    public Voice insert(Voice v) {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO voice (id, quote, speaker, name, consent,"
                + " evidence_id, date, domains, areas, illustrative) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            setId(ps, 1, v.id());
            ps.setString(2, v.quote());
            ps.setString(3, v.speaker());
            ps.setString(4, v.name());
            ps.setString(5, v.consent().code());
            setId(ps, 6, v.evidenceId());
            ps.setString(7, v.date() == null ? null : v.date().toString());
            ps.setString(8, String.join(LIST_SEPARATOR, v.domains()));
            ps.setString(9, String.join(LIST_SEPARATOR, v.areaCodes()));
            ps.setInt(10, v.illustrative() ? 1 : 0);
            ps.executeUpdate();
            Voice stored = v.withId(v.id() != 0 ? v.id() : generatedId(ps));
            for (Long f : stored.factorIds()) {
                link("INSERT INTO voice_factor (voice_id, factor_id) VALUES (?, ?)", stored.id(), f);
            }
            return stored;
        } catch (SQLException e) {
            throw new StoreException("Cannot save the voice: " + e.getMessage(), e);
        }
    }

    public void deleteVoice(long id) {
        execute("DELETE FROM voice WHERE id = ?", id);
    }

    /** Every voice with its links, oldest first. */
    public List<Voice> voices() {
        Map<Long, List<String>> factorLinks = names("SELECT voice_id, factor_id FROM voice_factor ORDER BY 1, 2");
        List<Voice> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, quote, speaker, name,"
                + " consent, evidence_id, date, domains, areas, illustrative FROM voice ORDER BY id")) {
            while (rs.next()) {
                long id = rs.getLong(1);
                VoiceConsent consent = Labelled.parse(VoiceConsent.class, rs.getString(5));
                out.add(new Voice(id, rs.getString(2), rs.getString(3), rs.getString(4),
                        consent == null ? VoiceConsent.NO : consent,
                        factorLinks.getOrDefault(id, List.of()).stream().map(Long::valueOf).toList(),
                        split(rs.getString(8)), split(rs.getString(9)), rs.getLong(6), date(rs.getString(7)),
                        rs.getInt(10) != 0));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("Cannot read the voices: " + e.getMessage(), e);
        }
    }

    // ---- engagement ---------------------------------------------------------------------------------------------

    /** Adds the summary (id 0, or restores it with its id) and returns it with its id. */
    public EngagementSummary insert(EngagementSummary e) {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO engagement (id, title, area_code, start_date,"
                + " end_date, people_reached, note, illustrative) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            setId(ps, 1, e.id());
            ps.setString(2, e.title());
            ps.setString(3, e.areaCode());
            ps.setString(4, e.start() == null ? null : e.start().toString());
            ps.setString(5, e.end() == null ? null : e.end().toString());
            ps.setInt(6, e.peopleReached());
            ps.setString(7, e.note());
            ps.setInt(8, e.illustrative() ? 1 : 0);
            ps.executeUpdate();
            EngagementSummary stored = e.withId(e.id() != 0 ? e.id() : generatedId(ps));
            try (PreparedStatement need = c.prepareStatement(
                    "INSERT INTO engagement_need (engagement_id, position, need, people) VALUES (?, ?, ?, ?)")) {
                int i = 0;
                for (Map.Entry<String, Integer> n : stored.needs().entrySet()) {
                    need.setLong(1, stored.id());
                    need.setInt(2, i++);
                    need.setString(3, n.getKey());
                    need.setInt(4, n.getValue());
                    need.executeUpdate();
                }
            }
            return stored;
        } catch (SQLException ex) {
            throw new StoreException("Cannot save the engagement summary: " + ex.getMessage(), ex);
        }
    }

    public void deleteEngagement(long id) {
        execute("DELETE FROM engagement WHERE id = ?", id);
    }

    /** Every engagement summary, newest first. */
    public List<EngagementSummary> engagements() {
        Map<Long, Map<String, Integer>> needs = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT engagement_id, need, people FROM engagement_need ORDER BY engagement_id, position")) {
            while (rs.next()) {
                needs.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getInt(3));
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot read the engagement summaries: " + e.getMessage(), e);
        }
        List<EngagementSummary> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, title, area_code,"
                + " start_date, end_date, people_reached, note, illustrative FROM engagement"
                + " ORDER BY start_date DESC, id")) {
            while (rs.next()) {
                long id = rs.getLong(1);
                out.add(new EngagementSummary(id, rs.getString(2), rs.getString(3), date(rs.getString(4)),
                        date(rs.getString(5)), rs.getInt(6), needs.getOrDefault(id, Map.of()), rs.getString(7),
                        rs.getInt(8) != 0));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("Cannot read the engagement summaries: " + e.getMessage(), e);
        }
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private static void setId(PreparedStatement ps, int index, long id) throws SQLException {
        if (id == 0) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setLong(index, id);
        }
    }

    private static long generatedId(PreparedStatement ps) throws SQLException {
        try (ResultSet keys = ps.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("no row id was returned");
            }
            return keys.getLong(1);
        }
    }

    private void link(String sql, long owner, Object other) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, owner);
            ps.setObject(2, other);
            ps.executeUpdate();
        }
    }

    private void execute(String sql, long id) {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("Cannot delete: " + e.getMessage(), e);
        }
    }

    private Map<Long, List<String>> names(String sql) {
        Map<Long, List<String>> out = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("Cannot read the factors' links: " + e.getMessage(), e);
        }
    }

    private static List<String> split(String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(text.split(LIST_SEPARATOR));
    }

    private static LocalDate date(String text) {
        return text == null || text.isEmpty() ? null : LocalDate.parse(text);
    }
}
