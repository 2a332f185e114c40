package org.gongkai;

/**
 * A report's metadata (the JSON's {@code meta}).
 *
 * @param title the report's title as printed, line breaks joined ("" when not found)
 * @param organ the reporting organ: the title without the year and 政府信息公开…报告
 * @param year the year the report covers, or null when unknown
 * @param template the format: "gk2021", "gk2019", "legacy" or "narrative"
 * @param published the date under the signature, YYYY-MM-DD, or null
 * @param periodStart start of the statistics period, YYYY-MM-DD, or null
 * @param periodEnd end of the statistics period, YYYY-MM-DD, or null
 * @param contact the organ's contact details as printed ("" where not printed)
 * @param inputBytes size in bytes of the text parsed
 * @param inputLines number of lines of the text parsed
 */
public record Meta(
    String title,
    String organ,
    Integer year,
    String template,
    String published,
    String periodStart,
    String periodEnd,
    Contact contact,
    long inputBytes,
    long inputLines) {}
