import java.sql.*;
public class Check {
  public static void main(String[] a) throws Exception {
    String url = a[0]; int chunk = Integer.parseInt(a[1]); boolean repair = false;
    try (Connection c = DriverManager.getConnection(url + ";LOCK_TIMEOUT=5000", "sa", "")) {
      long n, p, mx;
      try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select count(*), coalesce(max(id),0), (select n from p where k=1) from u")) { r.next(); n = r.getLong(1); mx = r.getLong(2); p = r.getLong(3); }
      System.out.println("rows " + n + " max " + mx + " progress " + p + (n != p || n % chunk != 0 ? "  PARTIAL!" : "  ok"));
      c.setAutoCommit(false);
      if (repair && n != p) {
        try (Statement s = c.createStatement()) { int d = s.executeUpdate("delete from u where id > " + p); c.commit(); System.out.println("repaired " + d); mx = p; }
      }
      try (Statement s = c.createStatement()) { s.executeUpdate("insert into u(id) values (" + (mx + 1) + ")"); c.rollback(); System.out.println("insert ok"); }
    }
  }
}
