package org.assetatlas.service;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assetatlas.model.BusStop;
import org.assetatlas.model.EngagementSummary;
import org.assetatlas.model.EvidenceSource;
import org.assetatlas.model.EvidenceType;
import org.assetatlas.model.Factor;
import org.assetatlas.model.FactorKind;
import org.assetatlas.model.GeoPoint;
import org.assetatlas.model.TransportKind;
import org.assetatlas.model.TransportService;
import org.assetatlas.model.Voice;
import org.assetatlas.model.VoiceConsent;
import org.assetatlas.model.WeeklySchedule;

/**
 * Seeds the demo project with barriers and enablers, evidence, residents' voices, an engagement summary and
 * transport: the real NaPTAN stops of Colchester, and otherwise illustrative records (marked so) that follow the
 * pattern community partnerships report — transport an enabler in every domain and its lack a barrier in every
 * domain; unpaid carers, community safety, awareness of what is available and advocacy cutting across domains; a
 * hospital hopper bus from two estates that worked but was little used because few knew of it.
 */
final class DemoFactors {

    private static final List<String> ALL = List.of("Start Well", "Stay Well", "Feel Well", "Be Well", "Age Well",
            "Die Well");
    private static final String GREENSTEAD = "E05010829";
    private static final String HIGHWOODS = "E05010830";
    private static final String ST_ANNES = "E05010839";
    private static final String TIPTREE = "E05010842";
    private static final String SOUTH = "NBH-COLCHESTER-SOUTH";
    private static final String NORTH = "NBH-COLCHESTER-NORTH";
    /** Real NaPTAN stops the illustrative hopper calls at: Greenstead, St John's, Highwoods, the General Hospital. */
    private static final List<String> HOPPER_STOPS = List.of("1500IM140", "150033019006", "150033016003",
            "1500IM2078");

    private DemoFactors() {
    }

    /** Adds the demo's stops (from the shipped NaPTAN extract), services, evidence, factors and voices. */
    static void seed(AtlasProject project, InputStream naptanGeoJson) throws IOException {
        FactorService s = project.factors();
        VoiceService voices = project.voices();
        TransportAccess transport = project.transport();
        TransportAccess.StopImport stops = transport.importStopsGeoJson(naptanGeoJson);
        if (!stops.problems().isEmpty()) {
            throw new IOException("The shipped NaPTAN stops have bad features, first: " + stops.problems().get(0));
        }

        Map<String, BusStop> byCode = new LinkedHashMap<>();
        for (BusStop b : transport.stops()) {
            byCode.put(b.atcoCode(), b);
        }
        List<GeoPoint> route = new ArrayList<>();
        for (String code : HOPPER_STOPS) {
            BusStop b = byCode.get(code);
            if (b == null) {
                throw new IOException("The shipped NaPTAN stops lack " + code + ", a stop of the demo hopper bus");
            }
            route.add(b.location());
        }
        transport.recordTransportService(new TransportService(0, "Hospital hopper (illustrative)", TransportKind.HOPPER_BUS,
                "Illustrative operator", route, HOPPER_STOPS, WeeklySchedule.parse("Mon-Fri 08:30-17:30"),
                "Anyone; free with an English concessionary bus pass", List.of(GREENSTEAD, HIGHWOODS),
                "Greenstead and Highwoods estates to Colchester General Hospital, hourly. Ran well but carried few"
                        + " passengers: few residents knew it existed.", true));
        transport.recordTransportService(new TransportService(0, "South Colchester dial-a-ride (illustrative)",
                TransportKind.DIAL_A_RIDE, "Illustrative community transport charity", List.of(), List.of(),
                WeeklySchedule.parse("Mon-Fri 09:00-16:00"),
                "Members over 60 or with a disability or long-term condition; book a day ahead",
                List.of(SOUTH), "Door to door within the area and to the General Hospital.", true));

        EvidenceSource imd = s.addEvidence(new EvidenceSource(0, EvidenceType.PUBLIC_DATA,
                "English Indices of Deprivation 2019",
                "Ministry of Housing, Communities and Local Government (2019), English Indices of Deprivation 2019;"
                        + " barriers to housing and services domain",
                "https://www.gov.uk/government/statistics/english-indices-of-deprivation-2019",
                LocalDate.of(2019, 9, 26), null, false));
        EvidenceSource survey = s.addEvidence(new EvidenceSource(0, EvidenceType.SURVEY,
                "Getting there: residents' access survey (illustrative)", "Colchester community partnership, 2025",
                "", LocalDate.of(2025, 6, 30), 412, true));
        EvidenceSource interviews = s.addEvidence(new EvidenceSource(0, EvidenceType.INTERVIEW,
                "Hospital hopper review interviews (illustrative)",
                "Interviews with passengers, drivers and residents of Greenstead and Highwoods", "",
                LocalDate.of(2025, 2, 14), 14, true));
        EvidenceSource carers = s.addEvidence(new EvidenceSource(0, EvidenceType.FOCUS_GROUP,
                "Unpaid carers' focus group (illustrative)", "Greenstead Carers' Network, two sessions", "",
                LocalDate.of(2025, 4, 9), 9, true));
        EvidenceSource listening = s.addEvidence(new EvidenceSource(0, EvidenceType.COMMUNITY_GROUP,
                "Greenstead listening campaign (illustrative)", "Door-knocking and drop-ins by local volunteers", "",
                LocalDate.of(2025, 5, 31), 486, true));
        EvidenceSource linkWorkers = s.addEvidence(new EvidenceSource(0, EvidenceType.PARTNER_FEEDBACK,
                "Social prescribing link workers' feedback (illustrative)", "Primary care network link workers", "",
                LocalDate.of(2025, 7, 1), 11, true));
        EvidenceSource walkabout = s.addEvidence(new EvidenceSource(0, EvidenceType.COMMUNITY_GROUP,
                "Community safety walkabout, St Anne's (illustrative)", "Residents' association with the police", "",
                LocalDate.of(2024, 11, 20), 23, true));
        EvidenceSource plan = s.addEvidence(new EvidenceSource(0, EvidenceType.LOCAL_PLAN,
                "Local transport plan consultation (illustrative)", "Summary of consultation responses", "",
                LocalDate.of(2024, 9, 1), null, true));

        Factor evening = factor(s, FactorKind.BARRIER, "Transport", "Few buses after 6 pm and none on Sundays from the"
                + " outlying villages: people miss evening groups, hospital visiting and end-of-life visits", ALL,
                List.of(TIPTREE, SOUTH), 38, survey, plan);
        Factor hopper = factor(s, FactorKind.ENABLER, "Transport", "Hospital hopper bus from Greenstead and Highwoods"
                + " to the General Hospital: reliable and free with a bus pass, but little used because few residents"
                + " knew of it", List.of("Stay Well", "Age Well", "Die Well"), List.of(GREENSTEAD, HIGHWOODS), 14,
                interviews);
        factor(s, FactorKind.ENABLER, "Transport", "Dial-a-ride and volunteer drivers take older and disabled"
                + " people to day centres, clubs and appointments", List.of("Age Well", "Feel Well", "Stay Well"),
                List.of(SOUTH), 12, survey, linkWorkers);
        factor(s, FactorKind.BARRIER, "Transport", "Parents with buggies cannot board full buses to baby groups and"
                + " children's centres", List.of("Start Well"), List.of(), 7, survey);
        factor(s, FactorKind.BARRIER, "Transport", "Taxi fares to activities and appointments are beyond many"
                + " households", List.of("Be Well", "Start Well"), List.of(), 9, survey, imd);
        Factor carersBarrier = factor(s, FactorKind.BARRIER, "Unpaid carers", "Unpaid carers cannot leave the person"
                + " they care for to attend groups or their own appointments", List.of("Stay Well", "Feel Well",
                "Age Well", "Die Well"), List.of(), 21, carers, linkWorkers);
        factor(s, FactorKind.ENABLER, "Unpaid carers", "Carers' coffee mornings give peer support and news of"
                + " respite and benefits", List.of("Feel Well", "Age Well"), List.of(GREENSTEAD), 6, carers);
        Factor safety = factor(s, FactorKind.BARRIER, "Community safety", "Poorly lit paths between the estates and"
                + " community venues put people off evening sessions", List.of("Start Well", "Feel Well", "Be Well",
                "Age Well"), List.of(ST_ANNES, GREENSTEAD), 17, walkabout, listening);
        Factor awareness = factor(s, FactorKind.BARRIER, "Awareness and information", "Residents do not know what is"
                + " available near them; groups rely on word of mouth", ALL, List.of(), 44, listening, survey);
        factor(s, FactorKind.ENABLER, "Awareness and information", "Library and GP reception staff point people to"
                + " local groups", List.of("Stay Well", "Age Well", "Start Well"), List.of(), 10, linkWorkers);
        Factor advocacy = factor(s, FactorKind.BARRIER, "Advocacy", "People with learning disabilities or sensory"
                + " impairments need someone to speak up for them to use mainstream services", List.of("Stay Well",
                "Feel Well", "Be Well", "Age Well", "Die Well"), List.of(), 11, linkWorkers, carers);
        factor(s, FactorKind.BARRIER, "Digital access", "Online-only booking shuts out residents without the internet",
                List.of("Age Well", "Stay Well"), List.of(), 8, survey);
        factor(s, FactorKind.BARRIER, "Cost", "Charges for sessions and kit keep families away",
                List.of("Start Well", "Be Well"), List.of(), 6, listening);

        voice(voices, "I didn't know there was a bus to the hospital until my neighbour told me. I'd been paying for"
                + " taxis for a year.", "older resident, Greenstead", "", VoiceConsent.PUBLISH, hopper, interviews,
                List.of("Stay Well", "Age Well"), List.of(GREENSTEAD));
        voice(voices, "After six there's nothing. If you don't drive, you don't go.", "parent, Tiptree", "",
                VoiceConsent.QUOTE, evening, survey, List.of("Start Well", "Be Well"), List.of(TIPTREE));
        voice(voices, "I can't leave Mum for more than an hour, so groups are out unless someone sits with her.",
                "unpaid carer, Colchester North", "", VoiceConsent.PUBLISH, carersBarrier, carers,
                List.of("Feel Well", "Age Well"), List.of(NORTH));
        voice(voices, "I won't walk back across the field in the dark, not after what happened.", "resident, Greenstead",
                "", VoiceConsent.NO, safety, listening, List.of("Be Well"), List.of(GREENSTEAD));
        voice(voices, "Nobody tells you what's on. You find out after it's finished.", "resident, Greenstead",
                "", VoiceConsent.QUOTE, awareness, listening, List.of("Feel Well"), List.of(GREENSTEAD));
        voice(voices, "My son has a learning disability; without his advocate the forms would have beaten us.",
                "parent and carer", "", VoiceConsent.NO, advocacy, linkWorkers, List.of("Stay Well"), List.of());
        voice(voices, "Half my passengers tell me they would never have got to the day centre otherwise.",
                "volunteer driver", "Pat Reynolds (illustrative)", VoiceConsent.PUBLISH, evening, survey,
                List.of("Age Well"), List.of(SOUTH));

        Map<String, Integer> needs = new LinkedHashMap<>();
        needs.put("Information and advice", 301);
        needs.put("Direct personal support", 97);
        needs.put("Not stated", 88);
        voices.recordEngagement(new EngagementSummary(0, "Greenstead listening campaign 2025 (illustrative)", GREENSTEAD,
                LocalDate.of(2025, 3, 1), LocalDate.of(2025, 5, 31), 486, needs,
                "Each person counted once, under what they needed most.", true));
        project.clearUndo(ChangeScope.FACTORS, "add the demo's barriers, enablers and voices");
    }

    private static Factor factor(FactorService s, FactorKind kind, String theme, String description,
                                 List<String> domains, List<String> areas, int strength, EvidenceSource... cites) {
        List<Long> ids = new ArrayList<>();
        for (EvidenceSource e : cites) {
            ids.add(e.id());
        }
        return s.record(new Factor(0, kind, theme, description, domains, areas, List.of(), strength, ids, true),
                List.of());
    }

    private static void voice(VoiceService s, String quote, String speaker, String name, VoiceConsent consent,
                              Factor factor, EvidenceSource source, List<String> domains, List<String> areas) {
        s.recordVoice(new Voice(0, quote, speaker, name, consent, List.of(factor.id()), domains, areas, source.id(),
                source.date(), true));
    }
}
