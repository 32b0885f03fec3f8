package dev.alchemy.benchmarks.load;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jspecify.annotations.Nullable;

/**
 * A closed-loop HTTP/1.1 load generator: a fixed number of keep-alive connections to
 * 127.0.0.1, each sending one GET after another for a fixed time. Plain sockets, so
 * that the client costs as little CPU as it can on a machine it shares with the server.
 * Loopback only, bounded in time, and it stops by itself.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
public final class LoopbackLoad {

	private final int port;

	private final byte[] request;

	private final int connections;

	/**
	 * Prepare a load on one URL.
	 * @param port the server's port on 127.0.0.1
	 * @param pathAndQuery what to GET, for example {@code /api/users?page=3&per_page=20}
	 * @param connections how many clients send at once
	 */
	public LoopbackLoad(int port, String pathAndQuery, int connections) {
		this.port = port;
		this.request = ("GET " + pathAndQuery + " HTTP/1.1\r\nHost: 127.0.0.1:" + port
				+ "\r\nAccept: application/json\r\n\r\n")
			.getBytes(StandardCharsets.US_ASCII);
		this.connections = connections;
	}

	/**
	 * Send requests for this long.
	 * @param duration how long
	 * @return what was answered
	 * @throws Exception if a client fails
	 */
	public Result run(Duration duration) throws Exception {
		ExecutorService clients = Executors.newFixedThreadPool(this.connections);
		try {
			long start = System.nanoTime();
			long deadline = start + duration.toNanos();
			List<Future<long[]>> counts = new ArrayList<>();
			for (int i = 0; i < this.connections; i++) {
				counts.add(clients.submit((Callable<long[]>) () -> client(deadline)));
			}
			long ok = 0;
			long failed = 0;
			for (Future<long[]> count : counts) {
				long[] answered = count.get();
				ok += answered[0];
				failed += answered[1];
			}
			return new Result(ok, failed, (System.nanoTime() - start) / 1e9);
		}
		finally {
			clients.shutdownNow();
		}
	}

	/**
	 * Answer one request, for checking what the server sends.
	 * @return the response body
	 * @throws IOException if the request fails or is not answered with a 200
	 */
	public String fetchOnce() throws IOException {
		try (Socket socket = connect()) {
			socket.getOutputStream().write(this.request);
			Response response = Response.read(new BufferedInputStream(socket.getInputStream()), true);
			if (response.status() != 200) {
				throw new IOException("Status " + response.status() + ": " + response.body());
			}
			return response.body();
		}
	}

	private long[] client(long deadline) throws IOException {
		long ok = 0;
		long failed = 0;
		@Nullable Socket socket = null;
		try {
			@Nullable InputStream in = null;
			@Nullable OutputStream out = null;
			while (System.nanoTime() < deadline) {
				if (socket == null) {
					socket = connect();
					in = new BufferedInputStream(socket.getInputStream());
					out = socket.getOutputStream();
				}
				out.write(this.request);
				Response response = Response.read(in, false);
				if (response.status() == 200) {
					ok++;
				}
				else {
					failed++;
				}
				if (response.close()) {
					socket.close();
					socket = null;
				}
			}
		}
		finally {
			if (socket != null) {
				socket.close();
			}
		}
		return new long[] { ok, failed };
	}

	private Socket connect() throws IOException {
		Socket socket = new Socket(InetAddress.getLoopbackAddress(), this.port);
		socket.setTcpNoDelay(true);
		socket.setSoTimeout(30_000);
		return socket;
	}

	/**
	 * What one run of the load answered.
	 *
	 * @param ok responses with status 200
	 * @param failed responses with another status
	 * @param seconds how long the run took
	 */
	public record Result(long ok, long failed, double seconds) {

		/**
		 * Answered requests per second.
		 * @return the throughput
		 */
		public double throughput() {
			return this.ok / this.seconds;
		}

	}

	private record Response(int status, boolean close, String body) {

		static Response read(InputStream in, boolean keepBody) throws IOException {
			String statusLine = line(in);
			int status = Integer.parseInt(statusLine.substring(9, 12));
			long length = -1;
			boolean chunked = false;
			boolean close = false;
			for (String header = line(in); !header.isEmpty(); header = line(in)) {
				String lower = header.toLowerCase(Locale.ROOT);
				if (lower.startsWith("content-length:")) {
					length = Long.parseLong(lower.substring(15).strip());
				}
				else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
					chunked = true;
				}
				else if (lower.startsWith("connection:") && lower.contains("close")) {
					close = true;
				}
			}
			@Nullable ByteArrayOutputStream body = keepBody ? new ByteArrayOutputStream() : null;
			if (chunked) {
				for (long size = Long.parseLong(line(in).strip(), 16); size > 0; size = Long
					.parseLong(line(in).strip(), 16)) {
					consume(in, size, body);
					line(in);
				}
				// No trailers are sent: the empty line that ends the body.
				line(in);
			}
			else if (length > 0) {
				consume(in, length, body);
			}
			return new Response(status, close, (body != null) ? body.toString(StandardCharsets.UTF_8) : "");
		}

		private static void consume(InputStream in, long length, @Nullable ByteArrayOutputStream body) throws IOException {
			byte[] buffer = new byte[8192];
			long left = length;
			while (left > 0) {
				int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
				if (read < 0) {
					throw new EOFException("The server closed the connection in a response body");
				}
				if (body != null) {
					body.write(buffer, 0, read);
				}
				left -= read;
			}
		}

		private static String line(InputStream in) throws IOException {
			StringBuilder line = new StringBuilder();
			for (int c = in.read(); c != '\n'; c = in.read()) {
				if (c < 0) {
					throw new EOFException("The server closed the connection");
				}
				if (c != '\r') {
					line.append((char) c);
				}
			}
			return line.toString();
		}

	}


}
