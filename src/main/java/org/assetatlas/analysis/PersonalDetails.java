package org.assetatlas.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.assetatlas.model.Asset;
import org.assetatlas.model.AssetKind;

/**
 * The one place that decides which assets may leave the app in something shared: an asset export or a report.
 * Every export and report takes its assets through {@link #release} (or {@link #mayShare}) with the choice the
 * person sharing made; nothing else in the app reads {@link Asset#kind()} to decide this.
 *
 * <p>The rules:
 * <ul>
 *   <li>an asset of kind {@link AssetKind#INDIVIDUAL} is a person: its record — their name, what they do and where,
 *       address, postcode, precise location, phone, e-mail and website — is their personal details;</li>
 *   <li>by default ({@link Individuals#LEAVE_OUT}) an individual is left out whole and counted, so what is shared
 *       can say how many were left out; its fields are not blanked, because a person's name and description
 *       identify them on their own, and a blanked row carries the asset's id, so importing it again would wipe
 *       the person's details in the project;</li>
 *   <li>only when the person sharing opts in ({@link Individuals#INCLUDE}) is an individual shared, whole;</li>
 *   <li>every other asset is always shared whole. The ABCD category does not decide: a group or service in the
 *       "individuals" category is not a person.</li>
 * </ul>
 *
 * <p>Residents' words are decided separately, by {@link VoiceRelease}.
 */
public final class PersonalDetails {

    /** What the person sharing chose to do with individuals' personal details. */
    public enum Individuals {
        /** The default: individuals are left out, and counted. */
        LEAVE_OUT,
        /** Opted in: individuals are shared with their personal details. */
        INCLUDE;

        /** {@link #INCLUDE} when {@code optedIn}, otherwise {@link #LEAVE_OUT}. */
        public static Individuals included(boolean optedIn) {
            return optedIn ? INCLUDE : LEAVE_OUT;
        }
    }

    /**
     * The assets that may be shared, in their order, and how many individuals are in them or were left out.
     *
     * @param assets              the assets to share
     * @param individualsIncluded individuals among {@code assets}, shared with their personal details
     * @param individualsLeftOut  individuals left out to protect their personal details
     */
    public record Release(List<Asset> assets, int individualsIncluded, int individualsLeftOut) {
        public Release {
            assets = List.copyOf(assets);
        }
    }

    private PersonalDetails() {
    }

    /** Whether the asset is a person, whose record is their personal details. */
    public static boolean isPersonal(Asset a) {
        return a.kind() == AssetKind.INDIVIDUAL;
    }

    /** Whether the asset may be shared given the choice; an individual only when the person sharing opted in. */
    public static boolean mayShare(Asset a, Individuals choice) {
        return choice == Individuals.INCLUDE || !isPersonal(a);
    }

    /** The assets that may be shared given the choice, in their order; the rest are left out and counted. */
    public static Release release(Collection<Asset> assets, Individuals choice) {
        List<Asset> shared = new ArrayList<>(assets.size());
        int included = 0;
        int leftOut = 0;
        for (Asset a : assets) {
            if (!mayShare(a, choice)) {
                leftOut++;
            } else {
                shared.add(a);
                if (isPersonal(a)) {
                    included++;
                }
            }
        }
        return new Release(shared, included, leftOut);
    }
}
