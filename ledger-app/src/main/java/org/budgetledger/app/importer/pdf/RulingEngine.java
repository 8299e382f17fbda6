package org.budgetledger.app.importer.pdf;

import java.awt.geom.GeneralPath;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Collects the ruling lines of one page: stroked straight segments and rectangle edges, and thin
 * filled rectangles (many producers draw rules as filled bars). Wider filled rectangles are cell
 * backgrounds, not rules. Also counts the images drawn, to tell a scanned page, and notes the
 * glyphs that the clipping path hides (spreadsheet exports print a cell's whole text on every page
 * its cell spans and clip it to the page's part).
 */
final class RulingEngine extends PDFGraphicsStreamEngine {
  /** A filled bar thinner than this (points) is a rule; thicker is a background. */
  private static final double MAX_RULE_THICKNESS = 2.5;

  /** How far off axis (points) a stroked segment may be and still count as a rule. */
  private static final double AXIS_TOLERANCE = 1.0;

  /** Each RGB component above this is white for the reader. */
  private static final int WHITE = 240;

  private static final Rectangle2D INFINITE = new Rectangle2D.Double(-1e9, -1e9, 2e9, 2e9);

  private final PageGeometry geometry;
  private final List<Ruling> rulings = new ArrayList<>();
  private final List<double[]> segments = new ArrayList<>();
  private final List<double[]> rectangles = new ArrayList<>();
  private double startX;
  private double startY;
  private double currentX;
  private double currentY;
  private int images;
  private final GeneralPath path = new GeneralPath();

  /**
   * The clip as its bounding box, saved and restored with the graphics state: PDFBox's exact clip
   * (an Area intersected on every W) costs ten times the whole read on spreadsheet exports that
   * clip every cell, and a cell's clip is its rectangle.
   */
  private Rectangle2D clip = INFINITE;

  private final Deque<Rectangle2D> savedClips = new ArrayDeque<>();
  private int clipRule = -1;
  private final HiddenGlyphs hidden;

  RulingEngine(PDPage page) {
    super(page);
    this.geometry = PageGeometry.of(page);
    this.hidden = new HiddenGlyphs(geometry);
  }

  List<Ruling> read() throws IOException {
    processPage(getPage());
    return List.copyOf(rulings);
  }

  int images() {
    return images;
  }

  /** The glyphs of the page that are clipped away or off the page, which no reader sees. */
  HiddenGlyphs hidden() {
    return hidden;
  }

  @Override
  protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement) {
    Point2D.Float origin = textRenderingMatrix.transformPoint(0, 0);
    Point2D.Float inside = textRenderingMatrix.transformPoint(0.3f, 0.3f);
    if (!clip.contains(inside) || !geometry.onPage(inside.x, inside.y)) {
      hidden.add(origin.x, origin.y);
    }
  }

  @Override
  public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
    double x0 = Math.min(Math.min(p0.getX(), p1.getX()), Math.min(p2.getX(), p3.getX()));
    double x1 = Math.max(Math.max(p0.getX(), p1.getX()), Math.max(p2.getX(), p3.getX()));
    double y0 = Math.min(Math.min(p0.getY(), p1.getY()), Math.min(p2.getY(), p3.getY()));
    double y1 = Math.max(Math.max(p0.getY(), p1.getY()), Math.max(p2.getY(), p3.getY()));
    rectangles.add(new double[] {x0, y0, x1, y1});
    path.moveTo(p0.getX(), p0.getY());
    path.lineTo(p1.getX(), p1.getY());
    path.lineTo(p2.getX(), p2.getY());
    path.lineTo(p3.getX(), p3.getY());
    path.closePath();
    startX = p0.getX();
    startY = p0.getY();
    currentX = startX;
    currentY = startY;
  }

  @Override
  public void moveTo(float x, float y) {
    path.moveTo(x, y);
    startX = x;
    startY = y;
    currentX = x;
    currentY = y;
  }

  @Override
  public void lineTo(float x, float y) {
    path.lineTo(x, y);
    segments.add(new double[] {currentX, currentY, x, y});
    currentX = x;
    currentY = y;
  }

  @Override
  public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
    path.curveTo(x1, y1, x2, y2, x3, y3);
    currentX = x3;
    currentY = y3;
  }

  @Override
  public Point2D getCurrentPoint() {
    return new Point2D.Float((float) currentX, (float) currentY);
  }

  @Override
  public void closePath() {
    segments.add(new double[] {currentX, currentY, startX, startY});
    path.closePath();
    currentX = startX;
    currentY = startY;
  }

  @Override
  public void endPath() {
    clearPath();
  }

  @Override
  public void strokePath() throws IOException {
    if (invisible(getGraphicsState().getStrokingColor())) {
      clearPath();
      return;
    }
    for (double[] s : segments) {
      addSegment(s[0], s[1], s[2], s[3]);
    }
    for (double[] r : rectangles) {
      addSegment(r[0], r[1], r[2], r[1]);
      addSegment(r[0], r[3], r[2], r[3]);
      addSegment(r[0], r[1], r[0], r[3]);
      addSegment(r[2], r[1], r[2], r[3]);
    }
    clearPath();
  }

  @Override
  public void fillPath(int windingRule) throws IOException {
    if (invisible(getGraphicsState().getNonStrokingColor())) {
      clearPath();
      return;
    }
    for (double[] r : rectangles) {
      addBar(r[0], r[1], r[2], r[3]);
    }
    addClosedQuadrilaterals();
    clearPath();
  }

  @Override
  public void fillAndStrokePath(int windingRule) throws IOException {
    strokePath();
  }

  @Override
  public void clip(int windingRule) {
    // The clip applies when the path is ended (W n): glyphs outside it are not seen.
    clipRule = windingRule;
  }

  @Override
  public void drawImage(PDImage pdImage) {
    images++;
  }

  @Override
  public void shadingFill(COSName shadingName) {
    // Gradients are never rules.
  }

  /**
   * A white rule on the white page is not seen by the reader: spreadsheet exports draw the borders
   * of the cells around a table's title in white, and they would pull the title into the grid.
   */
  private static boolean invisible(PDColor color) {
    try {
      int rgb = color.toRGB();
      return ((rgb >> 16) & 0xFF) > WHITE && ((rgb >> 8) & 0xFF) > WHITE && (rgb & 0xFF) > WHITE;
    } catch (IOException | RuntimeException e) {
      return false; // a colour PDFBox cannot convert is drawn, as far as we know
    }
  }

  /** A bar drawn as four lines (m l l l h f) is a rectangle too. */
  private void addClosedQuadrilaterals() {
    for (int i = 0; i + 3 < segments.size(); i += 4) {
      double x0 = Double.MAX_VALUE;
      double y0 = Double.MAX_VALUE;
      double x1 = -Double.MAX_VALUE;
      double y1 = -Double.MAX_VALUE;
      boolean axisAligned = true;
      for (int k = i; k < i + 4; k++) {
        double[] s = segments.get(k);
        axisAligned &=
            Math.abs(s[0] - s[2]) < AXIS_TOLERANCE || Math.abs(s[1] - s[3]) < AXIS_TOLERANCE;
        x0 = Math.min(x0, Math.min(s[0], s[2]));
        x1 = Math.max(x1, Math.max(s[0], s[2]));
        y0 = Math.min(y0, Math.min(s[1], s[3]));
        y1 = Math.max(y1, Math.max(s[1], s[3]));
      }
      if (axisAligned) {
        addBar(x0, y0, x1, y1);
      }
    }
  }

  private void addBar(double x0, double y0, double x1, double y1) {
    double w = x1 - x0;
    double h = y1 - y0;
    if (Math.min(w, h) > MAX_RULE_THICKNESS) {
      return;
    }
    if (w >= h) {
      addSegment(x0, (y0 + y1) / 2, x1, (y0 + y1) / 2);
    } else {
      addSegment((x0 + x1) / 2, y0, (x0 + x1) / 2, y1);
    }
  }

  private void addSegment(double ux0, double uy0, double ux1, double uy1) {
    double x0 = geometry.displayX(ux0, uy0);
    double y0 = geometry.displayY(ux0, uy0);
    double x1 = geometry.displayX(ux1, uy1);
    double y1 = geometry.displayY(ux1, uy1);
    if (Math.abs(y0 - y1) <= AXIS_TOLERANCE && Math.abs(x1 - x0) > 0) {
      rulings.add(new Ruling(true, (y0 + y1) / 2, x0, x1));
    } else if (Math.abs(x0 - x1) <= AXIS_TOLERANCE && Math.abs(y1 - y0) > 0) {
      rulings.add(new Ruling(false, (x0 + x1) / 2, y0, y1));
    }
  }

  @Override
  public void saveGraphicsState() {
    super.saveGraphicsState();
    savedClips.push(clip);
  }

  @Override
  public void restoreGraphicsState() {
    super.restoreGraphicsState();
    clip = savedClips.isEmpty() ? INFINITE : savedClips.pop();
  }

  private void clearPath() {
    if (clipRule >= 0 && path.getCurrentPoint() != null) {
      clip = clip.createIntersection(path.getBounds2D());
    }
    clipRule = -1;
    path.reset();
    segments.clear();
    rectangles.clear();
  }
}
