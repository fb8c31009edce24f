package org.axiswatch.sanctions;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One operative paragraph (or sub-paragraph) of a resolution, as data.
 *
 * @param regime "UN", later "US", "EU", "ROK"
 * @param resolution "1718", "PRST 2012/13"
 * @param paragraph "8(a)(i)"; "various" where the reference gives no number
 * @param topic the reference's category label ("ARMS", "FINANCE")
 * @param summary what it does, in words
 * @param wording its key wording, quoted, or null when not read
 * @param status V/P/U
 * @param statusNote why that status
 * @param sources source ids of the regime's sources file
 * @param inForce the date it took effect
 * @param caps quantities allowed
 * @param exemptions exemptions in words
 * @param approval the approval route (e.g. "1718 Committee, case by case"), or null
 * @param supersededBy the provision that replaced it, or null
 * @param rules when it bears on an exchange
 */
public record Provision(String regime, String resolution, String paragraph, String topic,
    String summary, String wording, VerificationStatus status, String statusNote,
    List<String> sources, LocalDate inForce, List<Cap> caps, List<String> exemptions,
    String approval, String supersededBy, List<ProvisionRule> rules) {
  public Provision {
    Objects.requireNonNull(regime, "regime");
    Objects.requireNonNull(resolution, "resolution");
    Objects.requireNonNull(paragraph, "paragraph");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(inForce, "in_force");
    sources = List.copyOf(sources);
    caps = List.copyOf(caps);
    exemptions = List.copyOf(exemptions);
    rules = List.copyOf(rules);
  }

  /** "1718 OP8(a)(i)". */
  public String label() {
    return resolution.startsWith("PRST") ? resolution : resolution + " OP" + paragraph;
  }
}
