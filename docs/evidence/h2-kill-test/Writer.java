import java.sql.*;
public class Writer {
  public static void main(String[] a) throws Exception {
    String url = a[0]; int chunk = Integer.parseInt(a[1]);
    try (Connection c = DriverManager.getConnection(url, "sa", "")) {
      try (Statement s = c.createStatement()) {
        s.execute("create table if not exists u(id bigint primary key, call_id varchar(40), acct varchar(20), caller varchar(20), callee varchar(20), ts timestamp, dur int, charge decimal(18,4), status varchar(12))");
        s.execute("create table if not exists p(k int primary key, n bigint)");
        s.execute("insert into p select 1, 0 where not exists (select 1 from p)");
      }
      c.setAutoCommit(false);
      long next;
      try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select coalesce(max(id),0)+1 from u")) { r.next(); next = r.getLong(1); }
      PreparedStatement ps = c.prepareStatement("insert into u values (?,?,?,?,?,?,?,?,?)");
      PreparedStatement pp = c.prepareStatement("update p set n = n + ? where k = 1");
      Timestamp ts = Timestamp.valueOf("2026-01-01 00:00:00");
      while (true) {
        for (int i = 0; i < chunk; i++) {
          long id = next++;
          ps.setLong(1, id); ps.setString(2, "CALL-" + id + "-abcdefabcdef"); ps.setString(3, "ACCT" + (id % 30));
          ps.setString(4, "60312345678"); ps.setString(5, "60123456789"); ps.setTimestamp(6, ts); ps.setInt(7, (int)(id % 900));
          ps.setBigDecimal(8, new java.math.BigDecimal("0.1234")); ps.setString(9, "RATED");
          ps.addBatch();
          if (i % 1000 == 999) ps.executeBatch();
        }
        ps.executeBatch();
        pp.setLong(1, chunk); pp.executeUpdate();
        c.commit();
        System.out.println("committed " + (next - 1)); System.out.flush();
      }
    }
  }
}
