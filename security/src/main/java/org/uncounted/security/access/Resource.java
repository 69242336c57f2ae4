package org.uncounted.security.access;

import java.util.Optional;
import org.uncounted.security.keys.Ids;

/**
 * What an operation targets: the whole system (users, keys, audit, publication), a source
 * (import, export, linkage over it), or one case (with its source and the user who created it).
 *
 * @param sourceId the source, if the resource belongs to one
 * @param caseId the case, if the resource is a case
 * @param ownerId the user who created the case (interviewers may edit only their own)
 */
public record Resource(Optional<String> sourceId, Optional<String> caseId, Optional<String> ownerId) {
    public Resource {
        sourceId.ifPresent(s -> Ids.require("sourceId", s));
        caseId.ifPresent(s -> Ids.require("caseId", s));
        ownerId.ifPresent(s -> Ids.require("ownerId", s));
        if (caseId.isPresent() && sourceId.isEmpty()) {
            throw new IllegalArgumentException("case " + caseId.get() + " must name its source");
        }
    }

    /** A system-wide resource (users, keys, audit log, published results, estimates over all permitted data). */
    public static Resource system() {
        return new Resource(Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** All of one source (import into it, export from it, link within it). */
    public static Resource source(String sourceId) {
        return new Resource(Optional.of(sourceId), Optional.empty(), Optional.empty());
    }

    /** One case. */
    public static Resource ofCase(String sourceId, String caseId, String ownerId) {
        return new Resource(Optional.of(sourceId), Optional.of(caseId), Optional.of(ownerId));
    }

    @Override
    public String toString() {
        return caseId.map(c -> "case " + c + " of source " + sourceId.orElseThrow())
                .orElseGet(() -> sourceId.map(s -> "source " + s).orElse("system"));
    }
}
