/**
 * Helpers of the quality benchmarks in sitrep-eval (the benchmarks themselves keep the package of the code they
 * measure, so they reach what it keeps package-private).
 */
package org.sitrep.eval;
