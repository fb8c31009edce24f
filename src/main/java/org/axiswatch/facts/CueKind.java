package org.axiswatch.facts;

/** Kinds of cue word around an item or a trigger (cues.yaml). */
enum CueKind {
  GIVE, HELP, RECEIVE, MUTUAL,
  DENIAL, NEGATION, HYPOTHETICAL, POSSIBLE, PURPOSE, RECOMMEND, FUTURE, AGREED, REPORTED, OCCURRED,
  CURTAIL,
  /** Building verbs: a transfer verb only for infrastructure items (a bridge built jointly). */
  BUILD,
  /** A predicate that makes a cooperation happen (실시, held, expand): what a heading needs. */
  CONDUCT,
  /** The subject's own earnings (외화벌이, 외화를 획득): what is earned, or earns, is no exchange. */
  EARN;

  boolean transfer() {
    return this == GIVE || this == HELP || this == RECEIVE || this == MUTUAL;
  }

  /** Cues after which an event has not (yet) happened: the author weighs or proposes it. */
  boolean irrealis() {
    return this == HYPOTHETICAL || this == POSSIBLE || this == PURPOSE || this == RECOMMEND;
  }
}
