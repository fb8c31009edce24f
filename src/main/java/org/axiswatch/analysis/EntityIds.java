package org.axiswatch.analysis;

import org.axiswatch.facts.Claim;
import org.axiswatch.facts.Event;
import org.axiswatch.facts.Exchange;
import org.axiswatch.mentions.Entity;
import org.axiswatch.sanctions.ScreeningHit;

/**
 * Which entity a document's entity id stands for across documents: the knowledge base resolves
 * ids per document (the same form may be merged in one document and split in another), so the
 * mapping takes the document too. {@link #AS_IS} keeps each document's own ids.
 */
@FunctionalInterface
public interface EntityIds {
  EntityIds AS_IS = (documentId, entityId) -> entityId;

  /** The id the entity has across documents; never null. */
  String resolve(String documentId, String entityId);

  default Entity entity(String doc, Entity e) {
    return new Entity(resolve(doc, e.id()), e.type(), e.name(), e.names(), e.code(), e.wikidata(),
        e.origin());
  }

  default Event event(String doc, Event e) {
    return new Event(e.type(), e.date(), e.actors().stream().map(a -> resolve(doc, a)).toList(),
        e.place() == null ? null : resolve(doc, e.place()), e.span(), e.text(), e.plover());
  }

  default Exchange exchange(String doc, Exchange x) {
    return new Exchange(resolve(doc, x.from()), resolve(doc, x.to()), x.category(), x.item(),
        x.status(), x.quantity(), x.span(), x.text());
  }

  default Claim claim(String doc, Claim c) {
    return new Claim(c.kind(), c.source() == null ? null : resolve(doc, c.source()), c.date(),
        c.text(), c.span(), c.estimative(), c.reliability(), c.credibility());
  }

  default ScreeningHit hit(String doc, ScreeningHit h) {
    return new ScreeningHit(resolve(doc, h.entity()), h.list(), h.ref(), h.listedName(), h.score(),
        h.why());
  }
}
