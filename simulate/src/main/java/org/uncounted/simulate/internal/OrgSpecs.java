package org.uncounted.simulate.internal;

import java.util.ArrayList;
import java.util.List;
import org.uncounted.simulate.InvalidSimulationParameterException;

/** Reads the documenting organisations listed in {@code org.ids}, in that order. */
public final class OrgSpecs {
    private OrgSpecs() {}

    public static List<OrgSpec> read(ParamReader p) {
        List<String> ids = p.list("org.ids");
        if (ids.isEmpty() || ids.size() > 12) {
            throw new InvalidSimulationParameterException(
                    "key 'org.ids' value '" + p.text("org.ids") + "': expected 1 to 12 organisation ids");
        }
        List<OrgSpec> out = new ArrayList<>();
        List<String> earlier = new ArrayList<>();
        for (String id : ids) {
            if (earlier.contains(id)) {
                throw new InvalidSimulationParameterException("key 'org.ids' value '" + id + "': listed twice");
            }
            out.add(new OrgSpec(p, id, List.copyOf(earlier)));
            earlier.add(id);
        }
        return out;
    }

    public static int indexOf(List<OrgSpec> orgs, String id) {
        for (int i = 0; i < orgs.size(); i++) if (orgs.get(i).id.equals(id)) return i;
        throw new InvalidSimulationParameterException(
                "key 'calibration.caseload-org' value '" + id + "': not one of org.ids");
    }
}
