package org.assetatlas.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.assetatlas.model.Domain;
import org.assetatlas.model.Framework;
import org.assetatlas.model.Labelled;
import org.assetatlas.store.DomainTags;
import org.assetatlas.store.ProjectStore;

/**
 * Editing the project's own framework of domains without losing what is tagged with them: add, rename, reorder,
 * merge, retire and restore. Each change has one validated write path, runs in one transaction, and is undoable in
 * the assets' part of the project's one history ({@link ChangeScope#ASSETS}, where the framework belongs, so that it
 * undoes in order with the asset edits that name domains). Each has a preview that says what will change before
 * anything is written.
 *
 * <p>Barriers and enablers and voices name domains too, so a domain change forgets the factors' undo history (an
 * older factor edit undone after a rename would bring back a name the framework no longer has), as replacing the
 * whole framework forgets every edit.
 *
 * <p>Every method throws {@link IllegalArgumentException} with a plain reason when the change is not allowed: an
 * unknown domain, a blank name or one the framework already has (ignoring case, spaces and punctuation).
 */
public final class DomainEditing {

    /**
     * What a change will do, before it is made.
     *
     * @param text    one plain sentence, e.g. "12 assets, 3 barriers and enablers and 2 voices tagged Start Well will
     *                be tagged Early Years."
     * @param assets  the assets whose tags change or that carry the domain
     * @param factors the barriers and enablers likewise
     * @param voices  the residents' voices likewise
     */
    public record Preview(String text, int assets, int factors, int voices) {
    }

    /** How many things are tagged with one domain: assets, barriers and enablers, voices, and records that keep
     * its name (sets of calls to action, count snapshots, signposting log entries). */
    public record Use(int assets, int factors, int voices, int callsToAction, int snapshots, int logEntries) {
    }

    private final AtlasProject project;
    private final ProjectStore store;
    private final Object lock;

    DomainEditing(AtlasProject project, ProjectStore store) {
        this.project = project;
        this.store = store;
        this.lock = project.lock();
    }

    /** Every domain in framework order, retired ones included. */
    public List<Domain> domains() {
        return project.framework().domains();
    }

    /** How many assets, factors, voices and other records are tagged with the domain. */
    public Use use(String name) {
        synchronized (lock) {
            DomainTags.Use u = store.domainTags().use(existing(name).name());
            return new Use(u.assets(), u.factors(), u.voices(), u.callsToAction(), u.snapshots(), u.logEntries());
        }
    }

    // ---- previews -----------------------------------------------------------------------------------------------

    public Preview previewAdd(String name) {
        synchronized (lock) {
            String n = newName(name, null);
            project.backups().before("domain change");
            return new Preview("The framework will have a new domain, " + n + ", at the end of the list ("
                    + (domains().size() + 1) + " domains).", 0, 0, 0);
        }
    }

    public Preview previewRename(String from, String to) {
        synchronized (lock) {
            Domain d = existing(from);
            String n = newName(to, d);
            DomainTags.Use u = store.domainTags().use(d.name());
            return new Preview(tagged(u, d.name()) + " will be tagged " + n + "." + others(u), u.assets(),
                    u.factors(), u.voices());
        }
    }

    public Preview previewMerge(String from, String into) {
        synchronized (lock) {
            Domain a = existing(from);
            Domain b = existing(into);
            if (a.equals(b)) {
                throw new IllegalArgumentException("Choose two different domains to merge.");
            }
            if (b.retired()) {
                throw new IllegalArgumentException(b.name() + " is retired; restore it before merging into it.");
            }
            DomainTags.Use u = store.domainTags().use(a.name());
            int both = store.domainTags().assetsInBoth(a.name(), b.name());
            return new Preview(tagged(u, a.name()) + " will be tagged " + b.name()
                    + (both > 0 ? " (" + count(both, "asset", "assets") + " already tagged both will be tagged "
                    + b.name() + " once)" : "") + ", and " + a.name() + " will leave the framework." + others(u),
                    u.assets(), u.factors(), u.voices());
        }
    }

    public Preview previewRetire(String name) {
        synchronized (lock) {
            Domain d = existing(name);
            if (d.retired()) {
                throw new IllegalArgumentException(d.name() + " is retired already.");
            }
            if (project.framework().current().size() == 1) {
                throw new IllegalArgumentException(d.name() + " is the only domain in use; add another first.");
            }
            DomainTags.Use u = store.domainTags().use(d.name());
            return new Preview(d.name() + " will no longer be offered for tagging; " + tagged(u, d.name())
                    .replace(" tagged " + d.name(), "") + " will keep it and reports will still count it.",
                    u.assets(), u.factors(), u.voices());
        }
    }

    public Preview previewRestore(String name) {
        synchronized (lock) {
            Domain d = existing(name);
            if (!d.retired()) {
                throw new IllegalArgumentException(d.name() + " is in use already.");
            }
            DomainTags.Use u = store.domainTags().use(d.name());
            return new Preview(d.name() + " will be offered for tagging again (" + tagged(u, d.name())
                    .replace(" tagged " + d.name(), "") + " carry it).", u.assets(), u.factors(), u.voices());
        }
    }

    /** Previews moving a domain to a position in the list, counted from 1. */
    public Preview previewMove(String name, int position) {
        synchronized (lock) {
            Domain d = existing(name);
            int n = domains().size();
            if (position < 1 || position > n) {
                throw new IllegalArgumentException("Choose a position from 1 to " + n + ".");
            }
            return new Preview(d.name() + " will move from position " + (domains().indexOf(d) + 1) + " to "
                    + position + " of " + n + "; nothing tagged with it changes.", 0, 0, 0);
        }
    }

    // ---- changes ------------------------------------------------------------------------------------------------

    /** Adds a domain at the end of the list. */
    public Domain add(String name, String description) {
        synchronized (lock) {
            String n = newName(name, null);
            Domain d = new Domain(n, description);
            List<Domain> list = new ArrayList<>(domains());
            list.add(d);
            Framework f = new Framework(project.framework().name(), list);
            change("add domain \u201c" + n + "\u201d", List.of(n), () -> store.domains().save(f));
            return d;
        }
    }

    /** Renames a domain: assets and factors keep their tag, and voices, calls to action and snapshots follow. */
    public Preview rename(String from, String to) {
        synchronized (lock) {
            Preview p = previewRename(from, to);
            project.backups().before("domain change");
            String a = existing(from).name();
            String b = to.strip();
            change("rename domain \u201c" + a + "\u201d", List.of(a, b), () -> store.domainTags().rename(a, b));
            return p;
        }
    }

    /** Merges one domain into another: everything tagged with it becomes tagged with the other, once. */
    public Preview merge(String from, String into) {
        synchronized (lock) {
            Preview p = previewMerge(from, into);
            project.backups().before("domain change");
            String a = existing(from).name();
            String b = existing(into).name();
            change("merge \u201c" + a + "\u201d into \u201c" + b + "\u201d", List.of(a, b),
                    () -> store.domainTags().merge(a, b));
            return p;
        }
    }

    /** Retires a domain: hidden from pick lists and new tagging; what carries it keeps it. */
    public Preview retire(String name) {
        synchronized (lock) {
            Preview p = previewRetire(name);
            project.backups().before("domain change");
            setRetired(existing(name), true, "retire domain \u201c");
            return p;
        }
    }

    /** Puts a retired domain back in use. */
    public Preview restore(String name) {
        synchronized (lock) {
            Preview p = previewRestore(name);
            project.backups().before("domain change");
            setRetired(existing(name), false, "restore domain \u201c");
            return p;
        }
    }

    /** Moves a domain to a position in the list, counted from 1. */
    public Preview move(String name, int position) {
        synchronized (lock) {
            Preview p = previewMove(name, position);
            project.backups().before("domain change");
            Domain d = existing(name);
            List<Domain> list = new ArrayList<>(domains());
            list.remove(d);
            list.add(position - 1, d);
            Framework f = new Framework(project.framework().name(), list);
            change("move domain \u201c" + d.name() + "\u201d", List.of(d.name()), () -> store.domains().save(f));
            return p;
        }
    }

    private void setRetired(Domain d, boolean retired, String what) {
        List<Domain> list = new ArrayList<>();
        for (Domain x : domains()) {
            list.add(x.equals(d) ? x.withRetired(retired) : x);
        }
        Framework f = new Framework(project.framework().name(), list);
        change(what + d.name() + "\u201d", List.of(d.name()), () -> store.domains().save(f));
    }

    /**
     * Makes a change in one transaction and records it for undo as the exact rows it touched, before and after; then
     * reloads the framework and tells the search index and every listener.
     */
    private void change(String description, Collection<String> names, Runnable work) {
        DomainTags.State before = store.domainTags().capture(names);
        DomainTags.State after = store.inTransaction(() -> {
            work.run();
            return store.domainTags().capture(names);
        });
        project.frameworkEdited();
        project.done(ChangeScope.ASSETS, Edit.of(description, () -> put(after, before), () -> put(before, after)));
        project.changed(ChangeScope.ASSETS);
    }

    private void put(DomainTags.State from, DomainTags.State to) {
        store.inTransaction(() -> {
            store.domainTags().apply(from, to);
            return null;
        });
        project.frameworkEdited();
    }

    // ---- checks and words ---------------------------------------------------------------------------------------

    private Domain existing(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Name a domain.");
        }
        return project.framework().find(name).orElseThrow(() -> new IllegalArgumentException(
                "The project has no domain \u201c" + name.strip() + "\u201d; its domains are "
                        + String.join(", ", project.framework().names()) + "."));
    }

    /** A valid new name: not blank, and no other domain has it ignoring case, spaces and punctuation. */
    private String newName(String name, Domain renaming) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || Labelled.squash(n).isEmpty()) {
            throw new IllegalArgumentException("A domain needs a name with letters or digits in it.");
        }
        if (renaming != null && renaming.name().equals(n)) {
            throw new IllegalArgumentException(n + " already has that name.");
        }
        project.framework().find(n).filter(d -> !d.equals(renaming)).ifPresent(d -> {
            throw new IllegalArgumentException("The framework already has a domain called " + d.name() + ".");
        });
        return n;
    }

    /** "12 assets, 3 barriers and enablers and 2 voices tagged Start Well", or "No assets … tagged …". */
    private static String tagged(DomainTags.Use u, String name) {
        List<String> parts = new ArrayList<>();
        parts.add(count(u.assets(), "asset", "assets"));
        parts.add(count(u.factors(), "barrier or enabler", "barriers and enablers"));
        parts.add(count(u.voices(), "voice", "voices"));
        String s = String.join(", ", parts.subList(0, 2)) + " and " + parts.get(2) + " tagged " + name;
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    /** The records that keep the name as text, when there are any: " 1 call to action and 2 snapshots follow." */
    private static String others(DomainTags.Use u) {
        List<String> parts = new ArrayList<>();
        if (u.callsToAction() > 0) {
            parts.add(count(u.callsToAction(), "set of calls to action", "sets of calls to action"));
        }
        if (u.snapshots() > 0) {
            parts.add(count(u.snapshots(), "count snapshot", "count snapshots"));
        }
        if (u.logEntries() > 0) {
            parts.add(count(u.logEntries(), "signposting log entry", "signposting log entries"));
        }
        if (parts.isEmpty()) {
            return "";
        }
        String last = parts.remove(parts.size() - 1);
        return " " + (parts.isEmpty() ? last : String.join(", ", parts) + " and " + last) + " follow"
                + (u.callsToAction() + u.snapshots() + u.logEntries() == 1 ? "s" : "") + ".";
    }

    static String count(int n, String one, String many) {
        return (n == 0 ? "no" : String.valueOf(n)) + " " + (n == 1 ? one : many);
    }
}
