package org.assetatlas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.assetatlas.model.BusStop;
import org.assetatlas.model.GeoPoint;
import org.assetatlas.model.TransportKind;
import org.assetatlas.model.TransportService;
import org.assetatlas.model.WeeklySchedule;
import org.junit.jupiter.api.Test;

class TransportLayerTest {

    private static final int WHITE = 0xFFFFFFFF;

    @Test
    void drawsTheRouteAndStopsOnlyWhenZoomedIn() {
        GeoPoint a = new GeoPoint(51.890, 0.930);
        GeoPoint b = new GeoPoint(51.890, 0.940);
        TransportLayer layer = new TransportLayer();
        layer.setServices(List.of(new TransportService(0, "Hopper", TransportKind.HOPPER_BUS, "", List.of(a, b),
                List.of(), WeeklySchedule.empty(), "", List.of(), "", true)));
        BusStop stop = new BusStop("S1", "Stop", "", "", "BCT", new GeoPoint(51.895, 0.935));
        layer.setStops(List.of(stop));

        MapViewport near = MapViewport.centredOn(0.935, 51.892, 15, 400, 300);
        ImageSurface s = new ImageSurface(400, 300);
        s.clear(WHITE);
        assertEquals(1, layer.render(s, near));
        int midX = (int) Math.round((near.screenX(a.lon()) + near.screenX(b.lon())) / 2);
        int midY = (int) Math.round(near.screenY(a.lat()));
        assertNotEquals(WHITE, s.pixel(midX, midY), "the route is drawn between its points");
        assertNotEquals(WHITE, s.pixel((int) Math.round(near.screenX(0.935)), (int) Math.round(near.screenY(51.895))),
                "the stop is drawn");

        MapViewport far = MapViewport.centredOn(0.935, 51.892, 11, 400, 300);
        ImageSurface t = new ImageSurface(400, 300);
        t.clear(WHITE);
        assertEquals(0, layer.render(t, far), "stops are left out when zoomed out");
    }
}
