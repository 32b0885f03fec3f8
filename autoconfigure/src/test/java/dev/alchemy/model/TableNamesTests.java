package dev.alchemy.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link TableNames}: every case of Flask-SQLAlchemy's {@code test_model_name.py}
 * and the extra values computed with its 3.1 converter.
 */
class TableNamesTests {

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({ "CamelCase, camel_case", "Snake_case, snake_case", "HTMLLayout, html_layout",
			"LayoutHTML, layout_html", "HTTP2Request, http2_request", "ShoppingCartSession, shopping_cart_session",
			"ABC, abc", "PreABC, pre_abc", "ABCPost, abc_post", "PreABCPost, pre_abc_post",
			"HTTP2RequestSession, http2_request_session", "UserST4, user_st4",
			"HTTP2ClientType3EncoderParametersSSE, http2_client_type3_encoder_parameters_sse",
			"LONGName4TestingCamelCase2snake_caseXYZ, long_name4_testing_camel_case2snake_case_xyz",
			"FooBarSSE2, foo_bar_sse2", "AlarmMessageSS2SignalTransformer, alarm_message_ss2_signal_transformer",
			"AstV2Node, ast_v2_node", "HTTPResponseCodeXYZ, http_response_code_xyz",
			"get2HTTPResponse123Code, get2_http_response123_code", "FOOBar, foo_bar", "BazBar, baz_bar" })
	void convertsFlaskSqlAlchemyTestCases(String className, String tableName) {
		assertThat(TableNames.fromClassName(className)).isEqualTo(tableName);
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({ "HTTPResponse, http_response", "User, user", "RubberDuck, rubber_duck", "IPAddress, ip_address",
			"UserID, user_id", "OAuth2Token, o_auth2_token", "Model2, model2", "X2Y, x2_y", "A, a",
			"_Private, private", "My_Model, my__model", "getHTTPresponseCode, get_htt_presponse_code",
			"__test__Method, test___method" })
	void matchesFlaskSqlAlchemyOnComputedCases(String className, String tableName) {
		assertThat(TableNames.fromClassName(className)).isEqualTo(tableName);
	}

}
