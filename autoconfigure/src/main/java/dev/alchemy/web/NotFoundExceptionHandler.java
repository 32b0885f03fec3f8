package dev.alchemy.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Turns {@link NotFoundException} into a 404: a Problem Details body (RFC 9457) for
 * clients that accept JSON, the application's error page for browsers. An application
 * that handles {@code NotFoundException} itself, in a controller or an advice ordered
 * before this one, wins.
 *
 * @author Alchemy team
 * @since 0.1.0
 */
@ControllerAdvice
public class NotFoundExceptionHandler {

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<ProblemDetail> problem(NotFoundException ex) {
		ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.NOT_FOUND);
		if (ex.getDescription() != null) {
			problem.setDetail(ex.getDescription());
		}
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	@ExceptionHandler(exception = NotFoundException.class, produces = MediaType.TEXT_HTML_VALUE)
	void page(NotFoundException ex, HttpServletResponse response) throws IOException {
		response.sendError(HttpStatus.NOT_FOUND.value(), ex.getMessage());
	}

}
