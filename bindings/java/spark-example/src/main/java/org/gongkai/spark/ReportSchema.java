package org.gongkai.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The schema of a parsed report row, the same as the Python binding's
 * gongkai.spark.report_schema(): metadata, one column per field key (counts
 * as long, money as decimal(38, 9), exact for the library's at most 9
 * decimals), the keys printed blank, values no typed column can hold, and the
 * findings. See docs/spark.md for why one column per key.
 */
public final class ReportSchema {
  private ReportSchema() {}

  public static final DataType MONEY = DataTypes.createDecimalType(38, 9);

  /** Number of metadata columns before the field columns. */
  public static final int META_COLUMNS = 14;

  public static final StructType CONTACT = new StructType()
      .add("address", DataTypes.StringType).add("postcode", DataTypes.StringType)
      .add("phone", DataTypes.StringType).add("email", DataTypes.StringType)
      .add("website", DataTypes.StringType);

  public static final StructType FINDING = new StructType()
      .add("rule", DataTypes.StringType)
      .add("severity", DataTypes.StringType)
      .add("message_zh", DataTypes.StringType)
      .add("message_en", DataTypes.StringType)
      .add("line", DataTypes.LongType)
      .add("column", DataTypes.LongType)
      .add("lhs", MONEY)
      .add("rhs", MONEY)
      .add("difference", MONEY)
      .add("evidence", DataTypes.StringType)
      .add("cells", DataTypes.createArrayType(DataTypes.StringType));

  public static StructType schema() {
    List<StructField> columns = new ArrayList<>();
    columns.add(DataTypes.createStructField("path", DataTypes.StringType, false));
    columns.add(DataTypes.createStructField("file_bytes", DataTypes.LongType, true));
    for (String name : new String[] {"error_status", "error_message", "title", "organ"}) {
      columns.add(DataTypes.createStructField(name, DataTypes.StringType, true));
    }
    columns.add(DataTypes.createStructField("year", DataTypes.IntegerType, true));
    for (String name : new String[] {"template", "published", "period_start", "period_end"}) {
      columns.add(DataTypes.createStructField(name, DataTypes.StringType, true));
    }
    columns.add(DataTypes.createStructField("contact", CONTACT, true));
    columns.add(DataTypes.createStructField("input_bytes", DataTypes.LongType, true));
    columns.add(DataTypes.createStructField("input_lines", DataTypes.LongType, true));
    for (String key : FieldKeys.all()) {
      columns.add(DataTypes.createStructField(key, FieldKeys.isMoney(key) ? MONEY : DataTypes.LongType, true));
    }
    columns.add(DataTypes.createStructField("blank_fields", DataTypes.createArrayType(DataTypes.StringType), true));
    columns.add(DataTypes.createStructField("other_fields",
        DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType), true));
    columns.add(DataTypes.createStructField("findings", DataTypes.createArrayType(FINDING), true));
    return DataTypes.createStructType(columns);
  }
}
