package org.assetatlas.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The ordered layers of a map, bottom first, each with the user's visibility and opacity. The layers panel edits
 * it; the {@link MapRenderer} draws it. Adding a kind of layer (choropleth, basemap, transport) is one {@link #add}
 * or {@link #insertBelow} call with a new {@link MapLayer}.
 *
 * <p>Every change bumps {@link #version()} and tells the listeners, so a view can redraw. Not thread-safe: change
 * and render it from one thread.
 */
public final class LayerStack {

    /** A layer with its visibility and opacity ({@code 0..1}). Immutable. */
    public record Entry(MapLayer layer, boolean visible, double opacity) {
        public Entry {
            if (layer == null) {
                throw new IllegalArgumentException("A layer entry needs a layer");
            }
            if (!(opacity >= 0 && opacity <= 1)) {
                throw new IllegalArgumentException("Opacity must be between 0 and 1, not " + opacity);
            }
        }

        /** Whether it draws anything at all. */
        public boolean shown() {
            return visible && opacity > 0;
        }
    }

    private final List<Entry> entries = new ArrayList<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private long version;

    /** The entries, bottom first (a copy). */
    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** Number of layers. */
    public int size() {
        return entries.size();
    }

    /** Changes whenever the stack or an entry changes (not when a layer's own data changes). */
    public long version() {
        return version;
    }

    /** Adds a visible, opaque layer on top. */
    public void add(MapLayer layer) {
        add(new Entry(layer, true, 1.0));
    }

    /** Adds an entry on top. */
    public void add(Entry e) {
        requireNew(e.layer().id());
        entries.add(e);
        changed();
    }

    /** Adds an entry just below the layer with id {@code belowId}, or on top when there is no such layer. */
    public void insertBelow(String belowId, Entry e) {
        requireNew(e.layer().id());
        int i = indexOf(belowId);
        entries.add(i < 0 ? entries.size() : i, e);
        changed();
    }

    /** Removes a layer; false when there was none with that id. */
    public boolean remove(String id) {
        int i = indexOf(id);
        if (i < 0) {
            return false;
        }
        entries.remove(i);
        changed();
        return true;
    }

    /** The entry of a layer. */
    public Optional<Entry> entry(String id) {
        int i = indexOf(id);
        return i < 0 ? Optional.empty() : Optional.of(entries.get(i));
    }

    /** Index from the bottom of a layer, or -1. */
    public int indexOf(String id) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).layer().id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    public void setVisible(String id, boolean visible) {
        Entry e = require(id);
        replace(id, new Entry(e.layer(), visible, e.opacity()));
    }

    public void setOpacity(String id, double opacity) {
        Entry e = require(id);
        replace(id, new Entry(e.layer(), e.visible(), opacity));
    }

    /** Moves a layer to another index from the bottom (clamped to the stack). */
    public void move(String id, int newIndex) {
        int i = indexOf(id);
        if (i < 0) {
            throw new IllegalArgumentException("No layer " + id);
        }
        Entry e = entries.remove(i);
        entries.add(Math.max(0, Math.min(entries.size(), newIndex)), e);
        changed();
    }

    /** Moves a layer one place up (towards the top); nothing when it is on top already. */
    public void raise(String id) {
        int i = indexOf(id);
        if (i >= 0 && i < entries.size() - 1) {
            move(id, i + 1);
        }
    }

    /** Moves a layer one place down; nothing when it is at the bottom already. */
    public void lower(String id) {
        int i = indexOf(id);
        if (i > 0) {
            move(id, i - 1);
        }
    }

    public void addListener(Runnable r) {
        listeners.add(r);
    }

    public void removeListener(Runnable r) {
        listeners.remove(r);
    }

    private void replace(String id, Entry e) {
        int i = indexOf(id);
        if (!entries.get(i).equals(e)) {
            entries.set(i, e);
            changed();
        }
    }

    private Entry require(String id) {
        return entry(id).orElseThrow(() -> new IllegalArgumentException("No layer " + id));
    }

    private void requireNew(String id) {
        if (indexOf(id) >= 0) {
            throw new IllegalArgumentException("There is already a layer " + id);
        }
    }

    private void changed() {
        version++;
        for (Runnable r : listeners) {
            r.run();
        }
    }
}
