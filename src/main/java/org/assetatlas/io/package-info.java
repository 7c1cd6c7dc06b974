/**
 * Reading and writing assets in file formats, one reader/writer pair per format.
 *
 * <p>Readers stream: they hand each accepted asset and each rejected row to a callback as they go, so a large file
 * never sits in memory, and they report progress and honour cancellation through
 * {@link org.assetatlas.util.Progress}. Writers replace their target atomically, so an interrupted export never
 * leaves half a file behind. Nothing here touches the project database; the service layer decides what to do with
 * what was read.
 */
package org.assetatlas.io;
