/**
 * Stage 7, sanctions: is an exchange allowed, and is a name on a designation list?
 *
 * <p>Takes exchanges and entities; gives a {@link org.axiswatch.sanctions.Decision} per exchange
 * (verdict, every provision engaged, why) and {@link org.axiswatch.sanctions.ScreeningHit}s for the
 * document's people and organisations. The regime (UN Security Council resolutions, paragraph by
 * paragraph) and the designation lists are data under {@code src/main/resources/sanctions/}.
 *
 * <p>Must not touch: how exchanges were extracted; the store.
 */
package org.axiswatch.sanctions;
