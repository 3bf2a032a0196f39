package com.opsuite.it;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pages a signed-in user reaches from a tenant's start page by following links (the navigation,
 * then the detail pages lists link to), fetched once each with GET. Sign-out, file downloads and
 * resources are left alone; a page with many detail links is sampled, three addresses per page.
 */
final class PageCrawl {

  /** One page as fetched: its address below the application root, status and body. */
  record Page(String path, int status, String body) {}

  private static final Pattern LINK = Pattern.compile("href=\"([^\"#]+)");
  private static final List<String> SKIPPED =
      List.of(
          "logout",
          "signout",
          "sign-out",
          ".csv",
          ".pdf",
          ".xlsx",
          "export",
          "download",
          "faces.resource",
          "/login");
  private static final int PER_PAGE = 3;

  private final List<Page> pages = new ArrayList<>();

  private PageCrawl() {}

  static PageCrawl of(URI root, String tenant, String[] session, int maxPages) {
    PageCrawl crawl = new PageCrawl();
    String inside = root.getPath() + "t/" + tenant + "/";
    Deque<URI> queue = new ArrayDeque<>(List.of(root.resolve("t/" + tenant + "/")));
    Set<String> seen = new HashSet<>();
    Map<String, Integer> perPage = new HashMap<>();
    while (!queue.isEmpty() && crawl.pages.size() < maxPages) {
      URI next = queue.poll();
      String key = next.getRawPath() + "?" + next.getRawQuery();
      if (!seen.add(key) || perPage.merge(next.getRawPath(), 1, Integer::sum) > PER_PAGE) {
        continue;
      }
      HttpResponse<String> response = Http.get(next, session);
      if (PageSession.isRedirect(response)) {
        response.headers().firstValue("Location").map(next::resolve).ifPresent(queue::add);
        continue;
      }
      String path =
          next.getRawPath().substring(root.getPath().length() - 1)
              + (next.getRawQuery() == null ? "" : "?" + next.getRawQuery());
      crawl.pages.add(new Page(path, response.statusCode(), response.body()));
      Matcher link = LINK.matcher(response.body());
      while (link.find()) {
        String href = link.group(1).replace("&amp;", "&");
        if (href.startsWith("javascript:") || SKIPPED.stream().anyMatch(href::contains)) {
          continue;
        }
        URI target = next.resolve(href);
        if (target.getRawPath() != null && target.getRawPath().startsWith(inside)) {
          queue.add(target);
        }
      }
    }
    return crawl;
  }

  List<Page> pages() {
    return List.copyOf(pages);
  }
}
