package org.assetatlas.io.boundary;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a dBase III/IV table (a shapefile's {@code .dbf}) from the published file format: a 32-byte header, 32-byte
 * field descriptors ended by 0x0D, then fixed-length records each starting with a deletion flag.
 *
 * <p>Text is decoded in the code page the {@code .cpg} file names, else the one the header's language driver byte
 * (LDID, byte 29) gives, else Windows-1252. Field types: C text (trailing spaces trimmed), N and F numbers (as
 * written, trimmed), L logical ("true"/"false"), D dates (as yyyy-MM-dd); anything else is read as trimmed text.
 * Blank values are null.
 */
final class DbfTable {

    /** The Windows code page for Western European languages: the default when nothing says otherwise. */
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private record Field(String name, char type, int offset, int length) {
    }

    private final ByteBuffer buf;
    private final List<Field> fields = new ArrayList<>();
    private final int records;
    private final int headerLength;
    private final int recordLength;
    private final Charset charset;

    /**
     * Parses the header.
     *
     * @param bytes the whole {@code .dbf}
     * @param cpg   the {@code .cpg} file's text, or null
     * @throws BoundaryFileException when the header is damaged
     */
    DbfTable(byte[] bytes, String cpg) throws BoundaryFileException {
        buf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (bytes.length < 33) {
            throw damaged("it is shorter than a dBase header");
        }
        records = buf.getInt(4);
        headerLength = Short.toUnsignedInt(buf.getShort(8));
        recordLength = Short.toUnsignedInt(buf.getShort(10));
        charset = charset(cpg, bytes[29] & 0xFF);
        int offset = 1;
        for (int pos = 32; pos + 32 <= Math.min(headerLength, bytes.length) && bytes[pos] != 0x0D; pos += 32) {
            int end = pos;
            while (end < pos + 11 && bytes[end] != 0) {
                end++;
            }
            String name = new String(bytes, pos, end - pos, charset).strip();
            char type = (char) (bytes[pos + 11] & 0xFF);
            int length = bytes[pos + 16] & 0xFF;
            if (type == 'C') {
                length |= (bytes[pos + 17] & 0xFF) << 8; // long text fields use the decimal-count byte too
            }
            fields.add(new Field(name, Character.toUpperCase(type), offset, length));
            offset += length;
        }
        if (records < 0 || headerLength < 33 || recordLength < 1 || offset > recordLength) {
            throw damaged("its header does not add up (" + records + " records of " + recordLength + " bytes, "
                    + fields.size() + " fields)");
        }
        long needed = (long) headerLength + (long) records * recordLength;
        if (needed > bytes.length) {
            throw damaged("it says it holds " + records + " records but ends after "
                    + Math.max(0, (bytes.length - headerLength) / recordLength));
        }
    }

    private static BoundaryFileException damaged(String why) {
        return new BoundaryFileException("The shapefile's .dbf file (its attributes) is damaged: " + why + ".");
    }

    /** The code page from the .cpg text, else from the LDID byte, else Windows-1252. */
    static Charset charset(String cpg, int ldid) {
        if (cpg != null && !cpg.isBlank()) {
            String c = cpg.strip().toUpperCase(Locale.ROOT);
            if (c.equals("UTF-8") || c.equals("UTF8") || c.equals("65001")) {
                return StandardCharsets.UTF_8;
            }
            String digits = c.replaceAll("^(ANSI|CP|WINDOWS-|OEM|IBM)\\s*", "").strip();
            if (c.equals("88591") || c.startsWith("ISO") && digits.replaceAll("\\D", "").equals("88591")) {
                return StandardCharsets.ISO_8859_1;
            }
            try {
                if (digits.matches("\\d+")) {
                    String prefix = c.startsWith("OEM") || c.startsWith("IBM") || Integer.parseInt(digits) < 1000
                            ? "IBM" : "windows-";
                    return Charset.forName(prefix + digits);
                }
                return Charset.forName(c);
            } catch (RuntimeException e) {
                // fall through to the language driver byte
            }
        }
        String name = switch (ldid) {
            case 0x01 -> "IBM437";
            case 0x02 -> "IBM850";
            case 0x64 -> "IBM852";
            case 0x65 -> "IBM866";
            case 0x66 -> "IBM865";
            case 0x6A -> "x-IBM737";
            case 0x7D -> "windows-1255";
            case 0x7E -> "windows-1256";
            case 0xC8 -> "windows-1250";
            case 0xC9 -> "windows-1251";
            case 0xCA -> "windows-1254";
            case 0xCB -> "windows-1253";
            default -> null; // 0x03, 0x57–0x59 and no byte at all: Windows ANSI
        };
        try {
            return name == null ? WINDOWS_1252 : Charset.forName(name);
        } catch (RuntimeException e) {
            return WINDOWS_1252;
        }
    }

    /** The field names, in file order. */
    List<String> fieldNames() {
        List<String> names = new ArrayList<>();
        for (Field f : fields) {
            names.add(f.name());
        }
        return names;
    }

    /** How many records the table holds, deleted ones included. */
    int size() {
        return records;
    }

    /** The code page text is decoded in. */
    Charset charset() {
        return charset;
    }

    /** Whether the record (counting from 0) is marked deleted. */
    boolean deleted(int index) {
        return buf.get(headerLength + index * recordLength) == '*';
    }

    /** A record's values by field name, in field order. */
    Map<String, String> record(int index) {
        int start = headerLength + index * recordLength;
        Map<String, String> out = new LinkedHashMap<>();
        for (Field f : fields) {
            out.put(f.name(), value(f, start + f.offset()));
        }
        return out;
    }

    private String value(Field f, int at) {
        byte[] raw = new byte[f.length()];
        buf.get(at, raw);
        String s;
        switch (f.type()) {
            case 'C' -> {
                s = new String(raw, charset);
                int end = s.length();
                while (end > 0 && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\0')) {
                    end--;
                }
                s = s.substring(0, end);
                return s.isEmpty() ? null : s;
            }
            case 'N', 'F' -> {
                s = new String(raw, StandardCharsets.US_ASCII).strip();
                return s.isEmpty() || s.chars().allMatch(c -> c == '*') ? null : s;
            }
            case 'L' -> {
                s = new String(raw, StandardCharsets.US_ASCII).strip();
                if (s.isEmpty()) {
                    return null;
                }
                return switch (Character.toUpperCase(s.charAt(0))) {
                    case 'T', 'Y' -> "true";
                    case 'F', 'N' -> "false";
                    default -> null;
                };
            }
            case 'D' -> {
                s = new String(raw, StandardCharsets.US_ASCII).strip();
                if (s.matches("\\d{8}") && !s.equals("00000000")) {
                    return s.substring(0, 4) + "-" + s.substring(4, 6) + "-" + s.substring(6, 8);
                }
                return null;
            }
            default -> {
                s = new String(raw, charset).strip();
                return s.isEmpty() ? null : s;
            }
        }
    }
}
