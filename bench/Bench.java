import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load generator of bench/run.sh: runs the scenarios of issue 7 against a running Clientele
 * on loopback with N concurrent clients (closed loop: each client sends its next request when the
 * last one is answered), and the same queries as raw SQL through JDBC with the same concurrency,
 * then prints one Markdown table. Each scenario warms up for a few seconds, then measures for a
 * fixed time or number of requests, whichever comes first, so a run always ends by itself.
 *
 * Usage: java -cp postgresql.jar:mariadb.jar bench/Bench.java --base http://127.0.0.1:PORT
 *   --jdbc JDBC_URL --pid APP_PID [--clients 4] [--seconds 20] [--warmup 5] [--app-warmup 480] [--max-requests 20000]
 *   [--deep-pages 200] [--import-rows 100000] [--sales-user EMAIL] [--admin-user EMAIL]
 *   [--password PASSWORD] [--only list,search,...] [--work DIR]
 */
public class Bench {

    static final Map<String, String> options = new HashMap<>(Map.of("clients", "4", "seconds", "20", "warmup", "5",
            "max-requests", "20000", "deep-pages", "200", "import-rows", "100000", "admin-user", "user01@generated.clientele.test",
            "password", "Generated-Password-1", "only", "", "work", System.getProperty("java.io.tmpdir")));

    static String base;
    static String jdbcUrl;
    static boolean postgres;
    static long appPid;
    static final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    static final RssSampler rss = new RssSampler();
    static final List<Row> table = new ArrayList<>();

    public static void main(String[] args) throws Exception {
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        options.putIfAbsent("app-warmup", "480");
        base = required("base");
        jdbcUrl = required("jdbc");
        postgres = jdbcUrl.startsWith("jdbc:postgresql:");
        appPid = Long.parseLong(required("pid"));
        try (Connection db = DriverManager.getConnection(jdbcUrl)) {
            Viewer sales = Viewer.of(db, options.containsKey("sales-user") ? options.get("sales-user") : firstSalesUser(db));
            Viewer admin = Viewer.of(db, options.get("admin-user"));
            String password = options.get("password");
            System.err.printf("read scenarios as %s (%s; sees %s), board as %s%n", sales.email, sales.roles, sales.describe(), admin.email);
            Samples samples = Samples.read(db, sales);
            Session salesApi = Session.api(sales.email, password);
            Session salesWeb = Session.web(sales.email, password);
            Session adminWeb = Session.web(admin.email, password);
            Session adminApi = Session.api(admin.email, password);
            cpuReferenceMillis = cpuReference();
            rss.start();
            warmUp(samples, salesApi, salesWeb, adminWeb, adminApi);
            runScenarios(sales, samples, salesApi, salesWeb, adminWeb, adminApi);
            rss.stop();
        }
        print();
    }

    /**
     * Reads run as the sales user; the board and the writes as the administrator, so that the contacts they add do not
     * change what the sales user sees when the database is used again.
     */
    static long cpuReferenceMillis;

    /** How fast this machine's processor is on a fixed piece of work: tables of machines of the same kind differ by up to threefold. */
    static long cpuReference() {
        long best = Long.MAX_VALUE;
        for (int round = 0; round < 3; round++) {
            long[] numbers = new java.util.Random(42).longs(4_000_000).toArray();
            long started = System.nanoTime();
            Arrays.sort(numbers);
            best = Math.min(best, (System.nanoTime() - started) / 1_000_000);
        }
        return best;
    }

    /**
     * A server that has run for a while has compiled its hot code; one started a moment ago has not. On two cores the
     * application's JIT compiler took 40% of a core for the first four minutes of creating contacts, and the throughput
     * measured meanwhile was a third of what the same jar did afterwards. So the requests of every chosen scenario run,
     * unmeasured, until the compiler has been nearly idle for a while (or --app-warmup seconds have passed), and each
     * scenario still has its own warm-up.
     */
    static void warmUp(Samples s, Session api, Session web, Session adminWeb, Session adminApi) throws Exception {
        long maxSeconds = Long.parseLong(options.get("app-warmup"));
        List<Call> calls = warmUpCalls(s, api, web, adminWeb, adminApi);
        if (maxSeconds <= 0 || calls.isEmpty()) {
            warmUpNote = "the application was not warmed up before the scenarios";
            return;
        }
        System.err.printf("warming the application up with %d kinds of request until its JIT compiler is idle (at most %d s)%n",
                calls.size(), maxSeconds);
        int clients = Integer.parseInt(options.get("clients"));
        AtomicInteger sequence = new AtomicInteger();
        AtomicBoolean done = new AtomicBoolean();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            threads.add(new Thread(() -> {
                while (!done.get()) {
                    int n = sequence.getAndIncrement();
                    try {
                        calls.get(n % calls.size()).call(n / calls.size());
                    }
                    catch (Exception e) {
                        System.err.println("  warm-up request failed: " + e);
                    }
                }
            }));
        }
        threads.forEach(Thread::start);
        JitCompiler compiler = new JitCompiler(appPid);
        long started = System.nanoTime();
        long quietSeconds = 0;
        long elapsed;
        double share;
        do {
            Thread.sleep(JitCompiler.WINDOW.toMillis());
            share = compiler.coreShareSinceLastCall();
            quietSeconds = share < JitCompiler.IDLE_SHARE ? quietSeconds + JitCompiler.WINDOW.toSeconds() : 0;
            elapsed = Duration.ofNanos(System.nanoTime() - started).toSeconds();
            System.err.printf("  %d s: the JIT compiler used %.0f%% of a core%n", elapsed, share * 100);
        }
        while (quietSeconds < JitCompiler.IDLE_SPAN.toSeconds() && elapsed < maxSeconds);
        done.set(true);
        for (Thread thread : threads) {
            thread.join();
        }
        warmUpNote = quietSeconds >= JitCompiler.IDLE_SPAN.toSeconds()
                ? String.format(Locale.ROOT, "the application warmed up for %d s with %d requests of the scenarios, until its JIT compiler had used"
                        + " under %.0f%% of a core for %d s", elapsed, sequence.get(), JitCompiler.IDLE_SHARE * 100, JitCompiler.IDLE_SPAN.toSeconds())
                : String.format(Locale.ROOT, "the application warmed up for %d s (the longest allowed) with %d requests of the scenarios; its JIT"
                        + " compiler still used %.0f%% of a core", elapsed, sequence.get(), share * 100);
    }

    static String warmUpNote;

    /** The requests of the chosen scenarios but the import; the contacts it creates belong to the administrator, as the scenario's do. */
    static List<Call> warmUpCalls(Samples s, Session api, Session web, Session adminWeb, Session adminApi) {
        List<Call> calls = new ArrayList<>();
        if (chosen("list")) {
            calls.add(n -> api.get(CONTACTS));
            calls.add(n -> api.get(CONTACTS + "&country=" + s.country));
        }
        if (chosen("search")) {
            for (List<String> texts : List.of(s.typos, s.emails, s.phones)) {
                if (!texts.isEmpty()) {
                    calls.add(n -> api.get(searchPath(texts, n)));
                }
            }
        }
        if (chosen("detail") && !s.detailIds.isEmpty()) {
            calls.add(n -> contactPageWithTimeline(web, s, n));
        }
        if (chosen("board") && s.pipelineId != null) {
            calls.add(n -> adminWeb.get(boardPath(s)));
        }
        if (chosen("create")) {
            String run = Long.toString(System.currentTimeMillis(), 36);
            calls.add(n -> createContact(adminApi, "warm", run, n));
        }
        if (chosen("pdf") && !s.invoiceIds.isEmpty()) {
            calls.add(n -> api.get(invoicePdfPath(s, n)));
        }
        return calls;
    }

    /** How much processor time the application's JIT compiler threads take, read from /proc like the resident size. */
    static final class JitCompiler {
        static final Duration WINDOW = Duration.ofSeconds(5);
        static final Duration IDLE_SPAN = Duration.ofSeconds(15);
        static final double IDLE_SHARE = 0.05;
        /** Linux counts thread times in ticks of 1/100 s (USER_HZ) on every architecture it runs the JDK on. */
        private static final double TICKS_PER_SECOND = 100;

        private final Path tasks;
        private long lastTicks;
        private long lastNanos;

        JitCompiler(long pid) throws IOException {
            tasks = Path.of("/proc", Long.toString(pid), "task");
            lastTicks = ticks();
            lastNanos = System.nanoTime();
        }

        /** The compiler threads' processor time since the last call, as a share of one core. */
        double coreShareSinceLastCall() throws IOException {
            long ticks = ticks();
            long now = System.nanoTime();
            // A compiler thread that ended took its ticks with it; the window then counts as idle rather than negative.
            double share = Math.max(0, ticks - lastTicks) / TICKS_PER_SECOND / ((now - lastNanos) / 1e9);
            lastTicks = ticks;
            lastNanos = now;
            return share;
        }

        /** User and system ticks of the threads HotSpot names "C1 CompilerThreadN" and "C2 CompilerThreadN" (cut to 15 characters). */
        private long ticks() throws IOException {
            long total = 0;
            try (var threads = Files.list(tasks)) {
                for (Path thread : (Iterable<Path>) threads::iterator) {
                    try {
                        if (!Files.readString(thread.resolve("comm")).strip().matches("C[12] CompilerThre.*")) {
                            continue;
                        }
                        String stat = Files.readString(thread.resolve("stat"));
                        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        total += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    }
                    catch (IOException threadEnded) {
                        // the thread ended between the listing and the read
                    }
                }
            }
            return total;
        }
    }

    // The requests of the scenarios, sent by the warm-up and by the measured runs alike.

    static final String CONTACTS = "/api/v1/contacts?limit=50";

    static String searchPath(List<String> texts, int n) {
        return "/api/v1/search?limit=5&q=" + enc(texts.get(n % texts.size()));
    }

    /** The contact page and then the timeline it loads; the first failing status, or the timeline's. */
    static int contactPageWithTimeline(Session web, Samples s, int n) throws Exception {
        long id = s.detailIds.get(n % s.detailIds.size());
        int status = web.get("/contacts/" + id);
        return status >= 400 ? status : web.get("/contacts/" + id + "/timeline", "HX-Request", "true");
    }

    static String boardPath(Samples s) {
        return "/deals/board?pipelineId=" + s.pipelineId;
    }

    /** A new contact with a name and e-mail address of its own: {@code prefix} tells the warm-up's from the scenario's. */
    static int createContact(Session admin, String prefix, String run, int n) throws Exception {
        return admin.post("/api/v1/contacts", String.format("{\"firstName\":\"%s%s\",\"lastName\":\"Create%d\",\"emails\":[\"%s%d.%s@bench.example\"]}",
                prefix, run, n, prefix, n, run));
    }

    static String invoicePdfPath(Samples s, int n) {
        return "/api/v1/invoices/" + s.invoiceIds.get(n % s.invoiceIds.size()) + "/pdf";
    }

    static void runScenarios(Viewer sales, Samples s, Session api, Session web, Session adminWeb, Session adminApi) throws Exception {
        Sql list = ContactSql.page(sales, null, null);
        if (chosen("list")) {
            probe(api, CONTACTS);
            measure("Contact list, first page (API)", Target.LIST, n -> api.get(CONTACTS), list);
            String deep = deepCursor(api, CONTACTS, Integer.parseInt(options.get("deep-pages")));
            Sql deepSql = ContactSql.page(sales, null, s.deepKey);
            String deepPath = deep.isEmpty() ? CONTACTS : CONTACTS + "&cursor=" + enc(deep);
            probe(api, deepPath);
            measure("Contact list, page " + s.deepPage + " by cursor (API)", Target.LIST, n -> api.get(deepPath), deepSql);
            probe(api, CONTACTS + "&country=" + s.country);
            measure("Contact list, country = " + s.country + " (API)", Target.LIST, n -> api.get(CONTACTS + "&country=" + s.country),
                    ContactSql.page(sales, s.country, null));
        }
        if (chosen("search")) {
            search(api, sales, "Search, a name with a typo", s.typos);
            search(api, sales, "Search, start of an e-mail address", s.emails);
            search(api, sales, "Search, phone digits", s.phones);
        }
        if (chosen("detail") && !s.detailIds.isEmpty()) {
            measure("Contact detail with its timeline (2 pages)", Target.DETAIL, n -> contactPageWithTimeline(web, s, n),
                    ContactSql.detail(sales, s.detailIds));
        }
        if (chosen("board") && s.pipelineId != null) {
            measure("Deal board, " + s.pipelineName + " (" + s.openDeals + " open deals, " + adminWeb.email + ")", Target.BOARD,
                    n -> adminWeb.get(boardPath(s)), null);
        }
        if (chosen("create")) {
            String run = Long.toString(System.currentTimeMillis(), 36);
            measure("API create contact (" + adminApi.email + ")", Target.CREATE, n -> createContact(adminApi, "create", run, n), null);
        }
        if (chosen("pdf") && !s.invoiceIds.isEmpty()) {
            measure("Invoice PDF (API)", Target.NONE, n -> api.get(invoicePdfPath(s, n)), null);
        }
        if (chosen("import")) {
            Import.run(adminApi, Integer.parseInt(options.get("import-rows")), Path.of(options.get("work")));
        }
    }

    static void search(Session api, Viewer viewer, String title, List<String> texts) throws Exception {
        if (texts.isEmpty()) {
            return;
        }
        for (String text : texts.subList(0, Math.min(3, texts.size()))) {
            probe(api, "/api/v1/search?limit=5&q=" + enc(text));
        }
        measure(title + " (API)", Target.SEARCH, n -> api.get(searchPath(texts, n)),
                SearchSql.of(viewer, texts));
    }

    /** Shows how many rows or hits a request answers, so that a scenario measuring empty answers is seen. */
    static void probe(Session api, String path) throws Exception {
        String body = api.getBody(path);
        System.err.printf("  %s: %d rows%n", path, Pattern.compile("\\{\"type\":|\"firstName\":").matcher(body).results().count());
    }

    /** Follows the list's cursors from the first page; answers the cursor of the deepest page reached. */
    static String deepCursor(Session api, String path, int pages) throws Exception {
        String cursor = null;
        int page = 1;
        while (page < pages) {
            String body = api.getBody(path + (cursor == null ? "" : "&cursor=" + enc(cursor)));
            Matcher next = Pattern.compile("\"next\":\"([^\"]+)\"").matcher(body);
            if (!next.find()) {
                break;
            }
            cursor = next.group(1);
            page++;
        }
        Samples.current.deepPage = page;
        Samples.current.deepKey = page == 1 ? null : ContactSql.keyAt(Samples.current.viewer, (page - 1) * 50 - 1);
        return cursor == null ? "" : cursor;
    }

    // ---------------------------------------------------------------- measuring

    interface Call {
        /** Sends the n-th request and answers its HTTP status (or 200 for a query). */
        int call(int n) throws Exception;
    }

    enum Target {
        LIST("p95 < 50 ms, app/raw ≤ 3"), SEARCH("p95 < 100 ms"), DETAIL("p95 < 50 ms"), BOARD("p95 < 1 s"), CREATE("≥ 500/s"),
        IMPORT("≥ 10,000 rows/s"), NONE("—");

        final String text;

        Target(String text) {
            this.text = text;
        }
    }

    record Result(int requests, int errors, double[] millis, double seconds) {

        double percentile(double p) {
            return millis.length == 0 ? Double.NaN : millis[Math.min(millis.length - 1, (int) Math.ceil(p / 100 * millis.length) - 1)];
        }

        double throughput() {
            return requests / seconds;
        }
    }

    record Row(String scenario, Target target, Result app, Result raw, String note) {
    }

    static void measure(String title, Target target, Call app, Sql raw) throws Exception {
        System.err.println("scenario: " + title);
        Result appResult = load(app);
        Result rawResult = null;
        if (raw != null) {
            rawResult = loadSql(raw);
        }
        table.add(new Row(title, target, appResult, rawResult, null));
        System.err.printf("  %d requests, %d errors, p50 %.1f ms, p95 %.1f ms%s%n", appResult.requests, appResult.errors,
                appResult.percentile(50), appResult.percentile(95),
                rawResult == null ? "" : String.format(", raw p50 %.2f ms", rawResult.percentile(50)));
    }

    static Result loadSql(Sql sql) throws Exception {
        int clients = Integer.parseInt(options.get("clients"));
        List<Connection> connections = new ArrayList<>();
        try {
            for (int i = 0; i < clients; i++) {
                connections.add(DriverManager.getConnection(jdbcUrl));
            }
            return load(clients, client -> n -> {
                sql.run(connections.get(client), n);
                return 200;
            });
        }
        finally {
            for (Connection connection : connections) {
                connection.close();
            }
        }
    }

    static Result load(Call call) throws Exception {
        return load(Integer.parseInt(options.get("clients")), client -> call);
    }

    /** Warms up, then measures until the time or the number of requests runs out. */
    static Result load(int clients, IntFunction<Call> calls) throws Exception {
        long warmupEnd = System.nanoTime() + Duration.ofSeconds(Long.parseLong(options.get("warmup"))).toNanos();
        long seconds = Long.parseLong(options.get("seconds"));
        int maxRequests = Integer.parseInt(options.get("max-requests"));
        AtomicInteger sequence = new AtomicInteger();
        AtomicInteger measured = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicLong measureStart = new AtomicLong();
        AtomicLong measureEnd = new AtomicLong(Long.MAX_VALUE);
        double[] millis = new double[maxRequests];
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Call call = calls.apply(c);
            threads.add(new Thread(() -> {
                while (true) {
                    long now = System.nanoTime();
                    boolean warm = now >= warmupEnd;
                    if (warm && measureStart.get() == 0) {
                        measureStart.compareAndSet(0, now);
                        measureEnd.compareAndSet(Long.MAX_VALUE, now + Duration.ofSeconds(seconds).toNanos());
                    }
                    if (warm && now >= measureEnd.get()) {
                        return;
                    }
                    int n = sequence.getAndIncrement();
                    int status;
                    long started = System.nanoTime();
                    try {
                        status = call.call(n);
                    }
                    catch (Exception e) {
                        status = 599;
                        System.err.println("  failed: " + e);
                    }
                    double took = (System.nanoTime() - started) / 1e6;
                    if (warm) {
                        int slot = measured.getAndIncrement();
                        if (slot >= maxRequests) {
                            return;
                        }
                        millis[slot] = took;
                        if (status >= 400) {
                            errors.incrementAndGet();
                        }
                    }
                }
            }));
        }
        threads.forEach(Thread::start);
        for (Thread thread : threads) {
            thread.join();
        }
        long end = System.nanoTime();
        int count = Math.min(measured.get(), maxRequests);
        double[] taken = Arrays.copyOf(millis, count);
        Arrays.sort(taken);
        return new Result(count, errors.get(), taken, (end - measureStart.get()) / 1e9);
    }

    // ---------------------------------------------------------------- HTTP

    /** A signed-in user: a bearer token for the API, or a session cookie for the pages. */
    static final class Session {
        final String email;
        final HttpClient client;
        final String password;
        volatile String token;
        volatile long tokenAt;

        private Session(String email, HttpClient client, String password) {
            this.email = email;
            this.client = client;
            this.password = password;
        }

        /** Signs in through the API; the short-lived token is renewed before it expires, so long runs go on. */
        static Session api(String email, String password) throws Exception {
            Session session = new Session(email, http, password);
            session.renew();
            return session;
        }

        synchronized void renew() throws Exception {
            if (System.nanoTime() - tokenAt < Duration.ofMinutes(5).toNanos() && token != null) {
                return;
            }
            String body = send(http, HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/token")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(String.format("{\"email\":\"%s\",\"password\":\"%s\"}", email, password))), 200);
            token = field(body, "accessToken");
            tokenAt = System.nanoTime();
        }

        static Session web(String email, String password) throws Exception {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager()).build();
            String login = send(client, HttpRequest.newBuilder(URI.create(base + "/login")).GET(), 200);
            Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
            if (!csrf.find()) {
                throw new IllegalStateException("no _csrf on the sign-in page");
            }
            String form = "email=" + enc(email) + "&password=" + enc(password) + "&_csrf=" + enc(csrf.group(1));
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString());
            String location = answer.headers().firstValue("Location").orElse("");
            if (answer.statusCode() != 302 || location.contains("error")) {
                throw new IllegalStateException("sign-in of " + email + " failed: " + answer.statusCode() + " " + location);
            }
            return new Session(email, client, null);
        }

        HttpRequest.Builder request(String path, String... headers) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
            if (password != null && (token == null || System.nanoTime() - tokenAt > Duration.ofMinutes(10).toNanos())) {
                renew();
            }
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            if (headers.length > 0) {
                request.headers(headers);
            }
            return request;
        }

        int get(String path, String... headers) throws Exception {
            return client.send(request(path, headers).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        }

        String getBody(String path) throws Exception {
            return send(client, request(path).GET(), 200);
        }

        int post(String path, String json) throws Exception {
            return client.send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }

    static String send(HttpClient client, HttpRequest.Builder request, int expected) throws Exception {
        HttpResponse<String> answer = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() / 100 != expected / 100) {
            throw new IllegalStateException(answer.request().method() + " " + answer.uri() + " answered " + answer.statusCode() + ": "
                    + answer.body().substring(0, Math.min(300, answer.body().length())));
        }
        return answer.body();
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\\s*\"?([^\",}]*)").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------- CSV import

    static final class Import {

        static void run(Session api, int rows, Path work) throws Exception {
            System.err.println("scenario: CSV import of " + rows + " rows");
            Path csv = work.resolve("bench-import.csv");
            String run = Long.toString(System.currentTimeMillis(), 36);
            StringBuilder text = new StringBuilder("First Name,Last Name,E-mail Address,Business Phone,Company,City,Country\n");
            for (int i = 0; i < rows; i++) {
                text.append("Person").append(i).append(",Import").append(i % 1000).append(",p").append(i).append('.').append(run)
                        .append("@import.example,+49 30 ").append(1000000 + i % 9000000).append(",,Berlin,DE\n");
            }
            Files.writeString(csv, text);
            String boundary = "bench" + run;
            byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"contacts.csv\"\r\n"
                    + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
            byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
            long started = System.nanoTime();
            String created = send(api.client, api.request("/api/v1/imports").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
                            HttpRequest.BodyPublishers.ofFile(csv), HttpRequest.BodyPublishers.ofByteArray(tail))), 202);
            long uploaded = System.nanoTime();
            String id = field(created, "id");
            String state;
            long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
            do {
                Thread.sleep(250);
                state = api.getBody("/api/v1/imports/" + id);
            } while (!Set.of("done", "failed").contains(field(state, "status")) && System.nanoTime() < deadline);
            long finished = System.nanoTime();
            Files.deleteIfExists(csv);
            double seconds = (finished - started) / 1e9;
            String note = String.format("status %s, %s created, %s errors; upload %.1f s, whole import %.1f s", field(state, "status"),
                    field(state, "created"), field(state, "errors"), (uploaded - started) / 1e9, seconds);
            System.err.println("  " + note);
            int errors = "done".equals(field(state, "status")) ? 0 : 1;
            undo(api, id);
            table.add(new Row("CSV import, " + String.format(Locale.ROOT, "%,d", rows) + " rows (API, " + api.email + ")", Target.IMPORT,
                    new Result(rows, errors, new double[0], seconds), null, note));
        }

        /** Takes the imported contacts out again, so that a later run on the same database starts from the same data. */
        static void undo(Session api, String id) throws Exception {
            int answer = api.client.send(api.request("/api/v1/imports/" + id + "/undo").POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
            if (answer != 202) {
                System.err.println("  undoing the import answered " + answer + "; its contacts stay");
                return;
            }
            long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
            String status;
            do {
                Thread.sleep(500);
                status = field(api.getBody("/api/v1/imports/" + id), "status");
            } while (!Set.of("undone", "failed").contains(status) && System.nanoTime() < deadline);
            System.err.println("  import undone: " + status);
        }
    }

    // ---------------------------------------------------------------- memory

    /** Samples the application's resident set (VmRSS) four times a second while the load runs. */
    static final class RssSampler implements Runnable {
        volatile boolean running;
        volatile long maxKb;
        Thread thread;

        void start() {
            running = true;
            thread = new Thread(this, "rss");
            thread.setDaemon(true);
            thread.start();
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join();
        }

        @Override
        public void run() {
            while (running) {
                maxKb = Math.max(maxKb, status("VmRSS"));
                try {
                    Thread.sleep(250);
                }
                catch (InterruptedException e) {
                    return;
                }
            }
        }

        static long status(String key) {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/" + appPid + "/status"))) {
                    if (line.startsWith(key + ":")) {
                        return Long.parseLong(line.replaceAll("[^0-9]", ""));
                    }
                }
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return 0;
        }
    }

    // ---------------------------------------------------------------- the report

    static void print() {
        StringBuilder out = new StringBuilder();
        out.append("| scenario | requests | p50 | p95 | p99 | throughput | raw p50 | app/raw p50 / p95 | target | met? |\n");
        out.append("|---|---|---|---|---|---|---|---|---|---|\n");
        for (Row row : table) {
            Result app = row.app;
            if (row.target == Target.IMPORT) {
                out.append(String.format(Locale.ROOT, "| %s | 1 | — | — | — | %,.0f rows/s | — | — | %s | %s |%n", row.scenario,
                        app.throughput(), row.target.text, app.errors > 0 ? "failed" : app.throughput() >= 10000 ? "yes" : "no"));
                continue;
            }
            String requests = app.requests + (app.errors > 0 ? " (" + app.errors + " errors)" : "");
            String raw = row.raw == null ? "—" : ms(row.raw.percentile(50));
            String ratio = row.raw == null ? "—" : String.format(Locale.ROOT, "%.1f / %.1f", app.percentile(50) / row.raw.percentile(50),
                    app.percentile(95) / row.raw.percentile(95));
            out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %.1f/s | %s | %s | %s | %s |%n", row.scenario, requests,
                    ms(app.percentile(50)), ms(app.percentile(95)), ms(app.percentile(99)), app.throughput(), raw, ratio, row.target.text,
                    met(row)));
        }
        long maxRss = rss.maxKb;
        out.append(String.format(Locale.ROOT, "%nResident memory of the application during the load: max %d MiB (VmHWM %d MiB); target ≤ 1 GiB: %s%n",
                maxRss / 1024, RssSampler.status("VmHWM") / 1024, maxRss <= 1024 * 1024 ? "met" : "not met"));
        out.append(String.format(Locale.ROOT, "Clients: %s concurrent; %s before the"
                + " scenarios; %s s warm-up, then %s s or %s requests per scenario; read scenarios as %s.%n",
                options.get("clients"), warmUpNote, options.get("warmup"), options.get("seconds"), options.get("max-requests"),
                Samples.current.viewer.describeFull()));
        out.append(String.format(Locale.ROOT, "Processor reference: sorting 4 million random numbers on one thread takes %d ms (best of 3,"
                + " before the scenarios), so that tables from different machines can be compared.%n", cpuReferenceMillis));
        for (Row row : table) {
            if (row.note != null) {
                out.append(row.scenario).append(": ").append(row.note).append('\n');
            }
        }
        System.out.print(out);
    }

    static String met(Row row) {
        Result app = row.app;
        if (app.errors > 0) {
            return "errors";
        }
        return switch (row.target) {
            case LIST -> yes(app.percentile(95) < 50 && (row.raw == null || app.percentile(95) / row.raw.percentile(95) <= 3));
            case SEARCH -> yes(app.percentile(95) < 100);
            case DETAIL -> yes(app.percentile(95) < 50);
            case BOARD -> yes(app.percentile(95) < 1000);
            case CREATE -> yes(app.throughput() >= 500);
            case IMPORT -> yes(app.throughput() >= 10000);
            case NONE -> "—";
        };
    }

    static String yes(boolean met) {
        return met ? "yes" : "**no**";
    }

    static String ms(double millis) {
        return millis < 10 ? String.format(Locale.ROOT, "%.2f ms", millis) : String.format(Locale.ROOT, "%.0f ms", millis);
    }

    static boolean chosen(String scenario) {
        String only = options.get("only");
        return only.isBlank() || Arrays.asList(only.split(",")).contains(scenario);
    }

    static String required(String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }

    // ---------------------------------------------------------------- the database side

    /** A user and what record visibility lets them see, worked out as RecordVisibility does. */
    static final class Viewer {
        long id;
        String email;
        Set<String> roles = new LinkedHashSet<>();
        String scope;
        Set<Long> teamIds = new LinkedHashSet<>();

        static Viewer of(Connection db, String email) throws SQLException {
            Viewer viewer = new Viewer();
            viewer.email = email;
            viewer.id = single(db, "select id from users where email = ?", email).map(Long::parseLong)
                    .orElseThrow(() -> new IllegalStateException("no user " + email));
            viewer.roles.addAll(column(db, "select role from user_roles where user_id = ? order by role", viewer.id));
            viewer.scope = viewer.roles.stream().map(Viewer::scopeOf).max(String::compareTo).orElse("1 OWN").substring(2);
            if (!viewer.scope.equals("ALL")) {
                Deque<Long> open = new ArrayDeque<>();
                for (String team : column(db, "select team_id from team_members where user_id = ?" + (viewer.scope.equals("TEAM") ? "" : " and head"),
                        viewer.id)) {
                    open.add(Long.parseLong(team));
                }
                Map<Long, List<Long>> children = new HashMap<>();
                try (PreparedStatement statement = db.prepareStatement("select id, parent_id from teams where parent_id is not null");
                        ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        children.computeIfAbsent(rs.getLong(2), parent -> new ArrayList<>()).add(rs.getLong(1));
                    }
                }
                while (!open.isEmpty()) {
                    Long team = open.pop();
                    if (viewer.teamIds.add(team)) {
                        open.addAll(children.getOrDefault(team, List.of()));
                    }
                }
            }
            return viewer;
        }

        private static String scopeOf(String role) {
            return switch (role) {
                case "ADMINISTRATOR", "ACCOUNTANT", "MARKETING", "AUDITOR" -> "3 ALL";
                case "MANAGER", "SUPPORT" -> "2 TEAM";
                default -> "1 OWN";
            };
        }

        /** The predicate RecordVisibility adds, with its values written in (they are numbers). */
        String predicate(String alias, String coOwnerTable, String coOwnerColumn) {
            if (scope.equals("ALL")) {
                return "(1 = 1)";
            }
            StringBuilder sql = new StringBuilder("(").append(alias).append(".owner_id = ").append(id);
            if (!teamIds.isEmpty()) {
                sql.append(" or ").append(alias).append(".team_id in (")
                        .append(String.join(", ", teamIds.stream().sorted().map(String::valueOf).toList())).append(')');
            }
            if (coOwnerTable != null && postgres) {
                sql.append(" or ").append(alias).append(".id = any(array(select vco.").append(coOwnerColumn).append(" from ").append(coOwnerTable)
                        .append(" vco where vco.user_id = ").append(id).append("))");
            }
            else if (coOwnerTable != null) {
                sql.append(" or exists (select 1 from ").append(coOwnerTable).append(" vco where vco.").append(coOwnerColumn).append(" = ")
                        .append(alias).append(".id and vco.user_id = ").append(id).append(')');
            }
            return sql.append(')').toString();
        }

        /** RecordVisibility.parts: their own records, each team's, the co-owned ones; none for a viewer who sees all. */
        List<String> parts(String alias, String coOwnerTable, String coOwnerColumn) {
            if (scope.equals("ALL")) {
                return List.of();
            }
            List<String> parts = new ArrayList<>();
            parts.add("(" + alias + ".owner_id = " + id + ")");
            teamIds.stream().sorted().forEach(team -> parts.add("(" + alias + ".team_id = " + team + ")"));
            parts.add("(" + alias + ".id in (select vco." + coOwnerColumn + " from " + coOwnerTable + " vco where vco.user_id = " + id
                    + "))");
            return parts;
        }

        String describe() {
            return scope.equals("ALL") ? "all records" : "own records" + (teamIds.isEmpty() ? "" : " and teams " + teamIds);
        }

        String describeFull() {
            return email + " (" + String.join(", ", roles) + ", " + describe() + ")";
        }
    }

    /**
     * The first salesperson who heads no team (sees their own records), else the first user who does not see everything
     * (a manager sees their teams'), so that the read scenarios run through record visibility.
     */
    static String firstSalesUser(Connection db) throws SQLException {
        String active = "select u.email from users u where u.active and u.password_hash is not null and exists (select 1 from user_roles r"
                + " where r.user_id = u.id and r.role = '%s') and not exists (select 1 from user_roles r where r.user_id = u.id and r.role not in (%s))";
        java.util.Optional<String> sales = single(db, String.format(active, "SALES", "'SALES'")
                + " and not exists (select 1 from team_members m where m.user_id = u.id and m.head) order by u.email");
        if (sales.isPresent()) {
            return sales.get();
        }
        return single(db, String.format(active, "MANAGER", "'SALES', 'MANAGER'") + " order by u.email")
                .orElseThrow(() -> new IllegalStateException("no salesperson or manager to read as; name a user with --sales-user"));
    }

    /** What the scenarios ask for, read from the database so that every request finds something the user may see. */
    static final class Samples {
        static Samples current;
        Viewer viewer;
        String country;
        List<String> typos;
        List<String> emails;
        List<String> phones;
        List<Long> detailIds;
        List<Long> invoiceIds;
        Long pipelineId;
        String pipelineName;
        String openDeals;
        int deepPage;
        String[] deepKey;

        static Samples read(Connection db, Viewer viewer) throws SQLException {
            Samples s = new Samples();
            current = s;
            s.viewer = viewer;
            String visible = viewer.predicate("c", "contact_co_owners", "contact_id");
            s.country = single(db, "select c.country from contacts c where " + visible
                    + " and c.country is not null group by c.country order by count(*) desc, c.country limit 1").orElse("DE");
            // every 7th visible contact, so that the samples spread over the table
            String spread = " from contacts c where " + visible + " and mod(c.id, 7) = 3 and %s order by c.id limit 20";
            s.typos = column(db, "select lower(c.last_name)" + String.format(spread, "length(c.last_name) >= 5")).stream()
                    .map(name -> name.substring(0, 2) + name.charAt(3) + name.charAt(2) + name.substring(4)).toList();
            s.emails = column(db, "select substr(c.email, 1, 6)" + String.format(spread, "c.email is not null"));
            s.phones = column(db, "select substr(c.phone, length(c.phone) - 6)" + String.format(spread, "length(c.phone) >= 9"));
            s.detailIds = column(db, "select c.id" + String.format(spread,
                    "exists (select 1 from timeline_entries e where e.subject_type = 'contact' and e.subject_id = c.id)")).stream()
                    .map(Long::parseLong).toList();
            if (s.detailIds.isEmpty()) {
                s.detailIds = column(db, "select c.id" + String.format(spread, "1 = 1")).stream().map(Long::parseLong).toList();
            }
            s.invoiceIds = column(db, "select i.id from billing_invoices i where " + viewer.predicate("i", null, null)
                    + " and i.kind = 'INVOICE' and i.status <> 'DRAFT' order by i.id limit 20").stream().map(Long::parseLong).toList();
            List<String> pipeline = column(db, "select concat(p.id, ':', p.name, ':', (select count(*) from deals d where d.pipeline_id = p.id"
                    + " and d.status = 'OPEN')) from pipelines p order by case when p.name = 'Key accounts' then 0 else 1 end,"
                    + " (select count(*) from deals d where d.pipeline_id = p.id and d.status = 'OPEN') desc limit 1");
            if (!pipeline.isEmpty()) {
                String[] parts = pipeline.get(0).split(":", 3);
                s.pipelineId = Long.parseLong(parts[0]);
                s.pipelineName = parts[1];
                s.openDeals = parts[2];
            }
            System.err.printf("samples: country %s, typos %s, e-mails %s, phones %s, %d contacts with a timeline, %d invoices%n", s.country,
                    head(s.typos), head(s.emails), head(s.phones), s.detailIds.size(), s.invoiceIds.size());
            return s;
        }

        static List<String> head(List<String> values) {
            return values.subList(0, Math.min(3, values.size()));
        }
    }

    static java.util.Optional<String> single(Connection db, String sql, Object... values) throws SQLException {
        List<String> rows = column(db, sql, values);
        return rows.isEmpty() ? java.util.Optional.empty() : java.util.Optional.ofNullable(rows.get(0));
    }

    static List<String> column(Connection db, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            List<String> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1));
                }
            }
            return rows;
        }
    }

    /** One raw-SQL request: the queries the application runs for one HTTP request, on the client's connection. */
    interface Sql {
        void run(Connection db, int n) throws SQLException;
    }

    /** Reads every column of every row, as a row mapper would. */
    static int drain(PreparedStatement statement) throws SQLException {
        statement.setQueryTimeout(60);
        int rows = 0;
        try (ResultSet rs = statement.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    rs.getObject(i);
                }
                rows++;
            }
        }
        return rows;
    }

    /** The SQL of ContactList and of the contact page's TimelineList. */
    static final class ContactSql {
        static final String SELECT = "select c.id, c.first_name, c.last_name, c.sort_name, c.title, c.company_id, "
                + "co.name as company_name, c.email, c.phone, c.city, c.country, c.owner_id, c.team_id, c.created_at "
                + "from contacts c left join companies co on co.id = c.company_id where 1 = 1";
        static final String TIMELINE = "select e.id, e.version, e.subject_type, e.subject_id, e.kind, e.occurred_at, e.author_id, "
                + "e.sender, e.recipients, e.channel, e.status, e.direction, e.title, e.body, e.duration_minutes, e.location, "
                + "e.source_module, e.source_reference, e.created_at, e.updated_at from timeline_entries e where 1 = 1"
                + " and e.subject_type = ? and e.subject_id = ? order by e.occurred_at desc, e.id desc limit ?";

        /**
         * A page of 50 by name, after the given (sort_name, id) key or from the start. For a viewer who does not see all,
         * as ListQuery.visiblePage: one page per part of the visibility, merged.
         */
        static Sql page(Viewer viewer, String country, String[] after) {
            List<String> parts = viewer.parts("c", "contact_co_owners", "contact_id");
            List<String> conditions = parts.isEmpty() ? List.of(viewer.predicate("c", "contact_co_owners", "contact_id")) : parts;
            String pageOf = " order by c.sort_name asc, c.id asc limit ?";
            String keyset = after == null ? "" : " and c.sort_name >= ? and (c.sort_name > ? or c.id > ?)";
            List<String> pages = conditions.stream()
                    .map(visible -> SELECT + " and " + visible + (country == null ? "" : " and c.country = ?") + keyset + pageOf).toList();
            String sql = parts.isEmpty() ? pages.get(0)
                    : "select * from (" + String.join(" union ", pages.stream().map(page -> "(" + page + ")").toList())
                            + ") visible order by sort_name asc, id asc limit ?";
            return (db, n) -> {
                try (PreparedStatement statement = db.prepareStatement(sql)) {
                    int i = 1;
                    for (int part = 0; part < pages.size(); part++) {
                        if (country != null) {
                            statement.setString(i++, country);
                        }
                        if (after != null) {
                            statement.setString(i++, after[0]);
                            statement.setString(i++, after[0]);
                            statement.setLong(i++, Long.parseLong(after[1]));
                        }
                        statement.setInt(i++, 51);
                    }
                    if (!parts.isEmpty()) {
                        statement.setInt(i, 51);
                    }
                    drain(statement);
                }
            };
        }

        /** The (sort_name, id) of the visible contact at that offset in the list's order. */
        static String[] keyAt(Viewer viewer, int offset) throws SQLException {
            try (Connection db = DriverManager.getConnection(jdbcUrl)) {
                return single(db, "select concat(c.sort_name, '\t', c.id) from contacts c where " + viewer.predicate("c", "contact_co_owners", "contact_id")
                        + " order by c.sort_name, c.id limit 1 offset " + offset).map(key -> key.split("\t")).orElse(null);
            }
        }

        /** The contact's row and the first page of its timeline (what the two page requests read at least). */
        static Sql detail(Viewer viewer, List<Long> ids) {
            return (db, n) -> {
                long id = ids.get(n % ids.size());
                try (PreparedStatement statement = db.prepareStatement(SELECT + " and c.id = ?")) {
                    statement.setLong(1, id);
                    drain(statement);
                }
                try (PreparedStatement statement = db.prepareStatement(TIMELINE)) {
                    statement.setString(1, "contact");
                    statement.setLong(2, id);
                    statement.setInt(3, 51);
                    drain(statement);
                }
            };
        }
    }

    /** The queries RecordSearch sends for the companies, contacts and leads of the global search (limit 5, so 6 rows each). */
    static final class SearchSql {
        record Source(String table, String columns, String name, String coOwners, String coOwnerColumn, String recordType) {
        }

        static final List<Source> SOURCES = List.of(
                new Source("companies", "c.id, c.name, c.email, c.city", "(c.sort_name || ' ' || lower(coalesce(c.alternative_names, '')))",
                        "company_co_owners", "company_id", "company"),
                new Source("contacts", "c.id, c.first_name, c.last_name, c.email, (select co.name from companies co where co.id = c.company_id) as company_name",
                        "c.sort_name", "contact_co_owners", "contact_id", "contact"),
                new Source("leads", "c.id, c.first_name, c.last_name, c.company_name, c.email", "(c.sort_name || ' ' || lower(coalesce(c.company_name, '')))",
                        "lead_co_owners", "lead_id", "lead"));

        static Sql of(Viewer viewer, List<String> texts) {
            return postgres ? postgres(viewer, texts) : mysql(viewer, texts);
        }

        /**
         * MySQL and MariaDB: the phone digits by their suffixes (byPhone); else, as RecordSearch, the addresses starting with the text (by the
         * e-mail index), then the words of names closest to the text's words (found by their trigrams in
         * customer_search_word_trigrams, scored as pg_trgm scores them), then the records holding them by customer_search_record_words,
         * in the same steps as on PostgreSQL; a text without a word of three letters takes the words starting with its two-letter words.
         */
        static Sql mysql(Viewer viewer, List<String> texts) {
            return (db, n) -> {
                String text = texts.get(n % texts.size()).strip().toLowerCase(Locale.ROOT);
                String digits = phoneDigits(text);
                for (Source source : SOURCES) {
                    String visible = viewer.predicate("c", source.coOwners, source.coOwnerColumn);
                    if (digits != null) {
                        byPhone(db, source, visible, digits);
                        continue;
                    }
                    String start = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                    List<Long> byEmail = new ArrayList<>();
                    try (PreparedStatement statement = db.prepareStatement("select " + source.columns + " from (select c.id, c.sort_name from "
                            + source.table + " c force index (" + source.table + "_email_idx) where c.email like ? and " + visible
                            + " order by c.sort_name, c.id limit ?) r join " + source.table + " c on c.id = r.id order by r.sort_name, r.id")) {
                        statement.setString(1, start);
                        statement.setInt(2, 6);
                        statement.setQueryTimeout(60);
                        try (ResultSet rows = statement.executeQuery()) {
                            while (rows.next()) {
                                byEmail.add(rows.getLong(1));
                            }
                        }
                    }
                    int found = byEmail.size();
                    if (found >= 6) {
                        continue;
                    }
                    List<String> words = Arrays.stream(text.split("[^\\p{L}\\p{N}]+")).filter(word -> word.codePointCount(0, word.length()) >= 3)
                            .distinct().limit(4).toList();
                    if (words.isEmpty()) {
                        List<List<Scored>> starts = new ArrayList<>();
                        for (String two : Arrays.stream(text.split("[^\\p{L}\\p{N}]+")).filter(word -> word.codePointCount(0, word.length()) == 2)
                                .distinct().limit(4).toList()) {
                            List<Scored> startingWith = new ArrayList<>();
                            try (PreparedStatement statement = db.prepareStatement(
                                    "select word from customer_search_word_trigrams where record_type = ? and trigram = ?")) {
                                statement.setString(1, source.recordType);
                                statement.setString(2, "_" + two);
                                try (ResultSet rows = statement.executeQuery()) {
                                    while (rows.next()) {
                                        startingWith.add(new Scored(rows.getString(1), 0));
                                    }
                                }
                            }
                            starts.add(startingWith);
                        }
                        if (!starts.isEmpty() && starts.stream().noneMatch(List::isEmpty)) {
                            heldWords(db, source, visible, byEmail, starts, true, 6 - found);
                        }
                        continue;
                    }
                    List<List<Scored>> tolerant = closeWords(db, source, words);
                    List<List<Scored>> close = tolerant.stream().map(scored -> scored.stream().filter(word -> word.hundredths >= 60).toList()).toList();
                    List<List<Scored>> first = close.stream().noneMatch(List::isEmpty) ? close
                            : tolerant.stream().map(closest -> closest.stream().limit(1).toList()).toList();
                    int named = 0;
                    List<List<Scored>> tried = null;
                    for (List<List<Scored>> step : List.of(first, tolerant)) {
                        if (named < 6 - found && !step.equals(tried) && step.stream().noneMatch(List::isEmpty)) {
                            named = heldWords(db, source, visible, byEmail, step, true, 6 - found);
                            tried = step;
                        }
                    }
                    if (named < 6 - found && words.size() > 1 && tolerant.stream().anyMatch(closest -> !closest.isEmpty())) {
                        heldWords(db, source, visible, byEmail, tolerant, false, 6 - found);
                    }
                }
            };
        }

        record Scored(String word, int hundredths) {
        }

        /** MySQL and MariaDB: for each word, the eight closest words of names (at least 0.3), as CloseWords finds them. */
        static List<List<Scored>> closeWords(Connection db, Source source, List<String> words) throws SQLException {
            StringBuilder sql = new StringBuilder();
            for (int i = 0; i < words.size(); i++) {
                sql.append(i == 0 ? "" : " union all ").append("select ").append(i)
                        .append(" as position, word from customer_search_word_trigrams where record_type = ? and trigram in (")
                        .append(String.join(", ", trigrams(words.get(i)).stream().map(trigram -> "?").toList())).append(") group by word having count(*) >= ?");
            }
            List<List<Scored>> closest = new ArrayList<>();
            List<List<Integer>> similarities = new ArrayList<>();
            words.forEach(word -> {
                closest.add(new ArrayList<>());
                similarities.add(new ArrayList<>());
            });
            try (PreparedStatement statement = db.prepareStatement(sql.toString())) {
                int i = 1;
                for (String word : words) {
                    Set<String> trigrams = trigrams(word);
                    statement.setString(i++, source.recordType);
                    for (String trigram : trigrams) {
                        statement.setString(i++, trigram);
                    }
                    statement.setInt(i++, Math.max(1, (3 * trigrams.size() + 9) / 10));
                }
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        String word = rows.getString(2);
                        int position = rows.getInt(1);
                        int hundredths = wordSimilarity(words.get(position), word);
                        if (word.codePointCount(0, word.length()) >= 3 && hundredths >= 30) {
                            closest.get(position).add(new Scored(word, hundredths));
                        }
                    }
                }
            }
            for (int i = 0; i < words.size(); i++) {
                String text = words.get(i);
                closest.set(i, closest.get(i).stream().sorted(java.util.Comparator.comparingInt((Scored scored) -> -scored.hundredths)
                        .thenComparingInt(scored -> -similarity(text, scored.word)).thenComparing(Scored::word)).limit(8).toList());
            }
            return closest;
        }

        /**
         * MySQL and MariaDB: the records holding, for each list (or, not forEvery, for any list), one of its words, whose closest words
         * average a similarity of 0.3 to the text's (unless they are words starting with the text's, unscored), ranked as RecordSearch
         * ranks them: checked and ranked from the narrow index (id, owner_id, team_id, sort_name), leaving out what the e-mail step found
         * (all the visible addresses starting with the text, as it found fewer than the limit); only the rows kept are read in full.
         */
        static int heldWords(Connection db, Source source, String visible, List<Long> byEmail, List<List<Scored>> words, boolean forEvery, int limit)
                throws SQLException {
            List<String> wanted = new ArrayList<>();
            for (List<Scored> forOneWord : words) {
                forOneWord.forEach(word -> wanted.add(wanted.isEmpty() ? "select ? as word, ? as position, ? as score" : "select ?, ?, ?"));
            }
            String notByEmail = byEmail.isEmpty() ? "" : byEmail.stream().map(id -> "?").collect(java.util.stream.Collectors.joining(", ", "c.id not in (", ") and "));
            String sql = "select " + source.columns + " from (select c.id, s.score, c.sort_name from (select h.record_id, sum(h.score) as score from ("
                    + "select w.record_id, k.position, max(k.score) as score from (" + String.join(" union all ", wanted) + ") k"
                    + " join customer_search_record_words w on w.record_type = ? and w.word = k.word group by w.record_id, k.position) h"
                    + " group by h.record_id having count(*) >= ? and sum(h.score) >= ?) s join " + source.table + " c force index ("
                    + source.table + "_search_idx) on c.id = s.record_id where " + notByEmail + visible
                    + " order by s.score desc, c.sort_name, c.id limit ?) r join " + source.table + " c on c.id = r.id order by r.score desc, r.sort_name, r.id";
            try (PreparedStatement statement = db.prepareStatement(sql)) {
                int i = 1;
                for (int position = 0; position < words.size(); position++) {
                    for (Scored word : words.get(position)) {
                        statement.setString(i++, word.word);
                        statement.setInt(i++, position);
                        statement.setInt(i++, word.hundredths);
                    }
                }
                statement.setString(i++, source.recordType);
                statement.setInt(i++, forEvery ? words.size() : 1);
                statement.setInt(i++, words.stream().flatMap(List::stream).anyMatch(word -> word.hundredths > 0) ? 30 * words.size() : 0);
                for (long id : byEmail) {
                    statement.setLong(i++, id);
                }
                statement.setInt(i, limit);
                return drain(statement);
            }
        }

        /** pg_trgm's word_similarity in hundredths, as the application's Trigrams computes it. */
        static int wordSimilarity(String text, String name) {
            Set<String> wanted = trigrams(text);
            List<String> sequence = trigramsInOrder(name);
            int best = 0;
            for (int from = 0; from < sequence.size(); from++) {
                if (!wanted.contains(sequence.get(from))) {
                    continue;
                }
                Set<String> run = new java.util.HashSet<>();
                int shared = 0;
                for (int to = from; to < sequence.size(); to++) {
                    if (run.add(sequence.get(to)) && wanted.contains(sequence.get(to))) {
                        shared++;
                    }
                    if (wanted.contains(sequence.get(to))) {
                        best = Math.max(best, (int) Math.floor(100.0 * shared / (wanted.size() + run.size() - shared) + 1e-9));
                    }
                }
            }
            return best;
        }

        /** pg_trgm's similarity in hundredths. */
        static int similarity(String a, String b) {
            Set<String> first = trigrams(a);
            Set<String> second = trigrams(b);
            int shared = (int) first.stream().filter(second::contains).count();
            return (int) Math.floor(100.0 * shared / (first.size() + second.size() - shared) + 1e-9);
        }

        /** The application's Trigrams: each word padded with two marks before and one after, cut into runs of three. */
        static Set<String> trigrams(String text) {
            return new LinkedHashSet<>(trigramsInOrder(text));
        }

        static List<String> trigramsInOrder(String text) {
            List<String> trigrams = new ArrayList<>();
            for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (!word.isEmpty()) {
                    int[] points = ("__" + word + "_").codePoints().toArray();
                    for (int i = 0; i + 3 <= points.length; i++) {
                        trigrams.add(new String(points, i, 3));
                    }
                }
            }
            return trigrams;
        }

        static Sql postgres(Viewer viewer, List<String> texts) {
            return (db, n) -> {
                String text = texts.get(n % texts.size()).strip().toLowerCase(Locale.ROOT);
                String digits = phoneDigits(text);
                for (Source source : SOURCES) {
                    String visible = viewer.predicate("c", source.coOwners, source.coOwnerColumn);
                    db.setAutoCommit(false);
                    try {
                        if (digits != null) {
                            byPhone(db, source, visible, digits);
                        }
                        else {
                            // As RecordSearch: addresses starting with the text, then the words of names closest
                            // to the text's words, then names holding a close word (or the closest) for every word
                            // of the text, a tolerant one for every word, or (several words) one for any word, each
                            // step only while the limit is not reached.
                            try (PreparedStatement setting = db.prepareStatement(
                                    "select set_config('pg_trgm.word_similarity_threshold', '0.3', true) || set_config('jit', 'off', true)")) {
                                drain(setting);
                            }
                            String start = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                            String order = " order by word_similarity(?, " + source.name + ") desc, c.sort_name, c.id limit ?";
                            int found;
                            try (PreparedStatement statement = db.prepareStatement("select " + source.columns + " from " + source.table
                                    + " c where c.email like ? and " + visible + order)) {
                                statement.setString(1, start);
                                statement.setString(2, text);
                                statement.setInt(3, 6);
                                found = drain(statement);
                            }
                            List<String> words = Arrays.stream(text.split("[^\\p{L}\\p{N}]+")).filter(word -> word.length() >= 3).distinct().limit(4).toList();
                            if (found < 6 && !words.isEmpty()) {
                                List<List<String>> tolerant = new ArrayList<>();
                                List<List<String>> close = new ArrayList<>();
                                for (String word : words) {
                                    List<String> closest = new ArrayList<>();
                                    List<String> closer = new ArrayList<>();
                                    try (PreparedStatement statement = db.prepareStatement("select word, floor(100 * word_similarity(?, word))::int"
                                            + " from customer_search_words where record_type = ? and word %> ? and char_length(word) >= 3"
                                            + " order by word_similarity(?, word) desc, similarity(?, word) desc, word limit 8")) {
                                        statement.setString(1, word);
                                        statement.setString(2, source.recordType);
                                        statement.setString(3, word);
                                        statement.setString(4, word);
                                        statement.setString(5, word);
                                        try (ResultSet rows = statement.executeQuery()) {
                                            while (rows.next()) {
                                                closest.add(rows.getString(1));
                                                if (rows.getInt(2) >= 60) {
                                                    closer.add(rows.getString(1));
                                                }
                                            }
                                        }
                                    }
                                    tolerant.add(closest);
                                    close.add(closer);
                                }
                                List<List<String>> first = close.stream().noneMatch(List::isEmpty) ? close
                                        : tolerant.stream().map(closest -> closest.stream().limit(1).toList()).toList();
                                List<List<String>> any = words.size() > 1 ? List.of(tolerant.stream().flatMap(List::stream).distinct().toList()) : List.of();
                                int named = 0;
                                List<List<String>> tried = null;
                                for (List<List<String>> step : List.of(first, tolerant, any)) {
                                    if (named < 6 - found && !step.equals(tried) && !step.isEmpty() && step.stream().noneMatch(List::isEmpty)) {
                                        named = holdingWords(db, source, visible, text, start, step, 6 - found);
                                        tried = step;
                                    }
                                }
                            }
                        }
                        db.commit();
                    }
                    finally {
                        db.setAutoCommit(true);
                    }
                }
            };
        }

        /**
         * Every vendor: the records whose main phone number holds the digits, by name; on MySQL and MariaDB the digits
         * start one of the number's suffixes in customer_phone_suffixes.
         */
        static void byPhone(Connection db, Source source, String visible, String digits) throws SQLException {
            String from = postgres ? source.table + " c where c.phone like ? and "
                    : "(select distinct p.record_id from customer_phone_suffixes p where p.record_type = '" + source.recordType
                            + "' and p.suffix like ?) p join " + source.table + " c on c.id = p.record_id where ";
            try (PreparedStatement statement = db.prepareStatement("select " + source.columns + " from " + from + visible
                    + " order by c.sort_name, c.id limit ?")) {
                statement.setString(1, postgres ? "%" + digits + "%" : digits + "%");
                statement.setInt(2, 6);
                drain(statement);
            }
        }

        /** The names holding, for each list of words, one of them, as RecordSearch reads them. */
        static int holdingWords(Connection db, Source source, String visible, String text, String start, List<List<String>> words, int limit)
                throws SQLException {
            StringBuilder sql = new StringBuilder("select ").append(source.columns).append(" from ").append(source.table).append(" c where ");
            for (List<String> forOneWord : words) {
                sql.append('(').append(String.join(" or ", forOneWord.stream().map(word -> source.name + " like ?").toList())).append(") and ");
            }
            sql.append("word_similarity(?, ").append(source.name).append(") >= 0.3 and (c.email is null or c.email not like ?) and ").append(visible)
                    .append(" order by word_similarity(?, ").append(source.name).append(") desc, c.sort_name, c.id limit ?");
            try (PreparedStatement statement = db.prepareStatement(sql.toString())) {
                int i = 1;
                for (List<String> forOneWord : words) {
                    for (String word : forOneWord) {
                        statement.setString(i++, "%" + word + "%");
                    }
                }
                statement.setString(i++, text);
                statement.setString(i++, start);
                statement.setString(i++, text);
                statement.setInt(i, limit);
                return drain(statement);
            }
        }

        static String phoneDigits(String text) {
            if (!text.strip().matches("[+0-9 ()./-]{3,}")) {
                return null;
            }
            String digits = text.replaceAll("[^0-9]", "").replaceFirst("^0{1,2}", "");
            return digits.length() >= 3 ? digits : null;
        }
    }
}
