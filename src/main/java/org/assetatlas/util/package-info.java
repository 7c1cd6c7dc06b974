/** Small plain-Java utilities shared by every layer: progress reporting and cancellation. */
package org.assetatlas.util;
