package org.assetatlas.service;

import java.util.List;
import org.assetatlas.model.AssetValidator.Problem;

/** An asset was not saved because it breaks the rules; {@link #problems()} says which, field by field. */
public final class ValidationException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public ValidationException(List<Problem> problems) {
        super(String.join("; ", problems.stream().map(Problem::message).toList()));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
