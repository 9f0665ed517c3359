/**
 * What Sitrep's tests share, used by every module at test scope: {@link org.sitrep.testkit.SharedData}, the one
 * lookup of {@code ../shared} (skips with one message locally, fails in CI); {@link org.sitrep.testkit.Repository}
 * for files of this repository; fixture builders ({@link org.sitrep.testkit.Articles}); one collecting
 * {@link org.sitrep.testkit.CollectingSink}; and {@link org.sitrep.testkit.StageContractTest}, the contract every
 * pipeline stage keeps (empty, huge and odd input, offsets in bounds, idempotence). It may import sitrep-core, JUnit
 * and AssertJ, nothing else; sitrep-core's own tests cannot use it (the kit depends on core), so the checks of core
 * that need it live in this module's src/test.
 */
package org.sitrep.testkit;
