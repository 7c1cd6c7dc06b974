package org.assetatlas.ui.map;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.value.ObservableValue;
import org.assetatlas.map.AssetLayer;
import org.assetatlas.map.LayerStack;
import org.assetatlas.map.TransportLayer;
import org.assetatlas.model.BusStop;
import org.assetatlas.model.TransportService;
import org.assetatlas.service.AtlasProject;
import org.assetatlas.ui.common.UiTasks;

/**
 * Keeps the map's public transport layer (recorded services' routes and the NaPTAN stops) in step with the open
 * project: loaded off the UI thread when a project opens, placed under the assets, listed in the layers panel.
 */
public final class TransportOverlay {

    private final MapView map;
    private final TransportLayer layer = new TransportLayer();
    private final AtomicLong generation = new AtomicLong();

    private final UiTasks tasks;

    private TransportOverlay(MapView map, UiTasks tasks) {
        this.map = map;
        this.tasks = tasks;
    }

    /** Shows the open project's transport on the map, now and whenever another project is opened. */
    public static void install(MapView map, ObservableValue<AtlasProject> project, UiTasks tasks) {
        TransportOverlay o = new TransportOverlay(map, tasks);
        project.addListener((obs, was, now) -> o.load(now));
        o.load(project.getValue());
    }

    private record Loaded(List<BusStop> stops, List<TransportService> services) {
    }

    private void load(AtlasProject p) {
        long gen = generation.incrementAndGet();
        LayerStack stack = map.renderer().layers();
        if (p == null) {
            stack.remove(TransportLayer.ID);
            return;
        }
        tasks.background(() -> new Loaded(p.transport().stops(), p.transport().transportServices()), (loaded, error) -> {
            if (gen != generation.get()) {
                return; // another project was opened meanwhile
            }
            stack.remove(TransportLayer.ID);
            if (error != null || loaded.stops().isEmpty() && loaded.services().isEmpty()) {
                return; // nothing to show; the factors tab reports problems with transport data
            }
            layer.setStops(loaded.stops());
            layer.setServices(loaded.services());
            stack.insertBelow(AssetLayer.ID, new LayerStack.Entry(layer, true, 1.0));
        });
    }
}
