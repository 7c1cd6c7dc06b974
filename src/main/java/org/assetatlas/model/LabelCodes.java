package org.assetatlas.model;

import java.util.Locale;

/**
 * The default {@link Labelled#code() codes} of each enum's constants, worked out once per enum: the store and the
 * file readers and writers ask for them for every row, and lower-casing the label each time showed in imports.
 */
final class LabelCodes {

    private static final ClassValue<String[]> BY_TYPE = new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
            Object[] constants = type.getEnumConstants();
            String[] codes = new String[constants.length];
            for (int i = 0; i < constants.length; i++) {
                codes[i] = ((Labelled) constants[i]).label().toLowerCase(Locale.ROOT);
            }
            return codes;
        }
    };

    private LabelCodes() {
    }

    /** The code of a constant of an enum that implements {@link Labelled}. */
    static String of(Enum<?> constant) {
        return BY_TYPE.get(constant.getDeclaringClass())[constant.ordinal()];
    }
}
