<?php
/**
 * HTTP client for the Harris House search service.
 *
 * @package HarrisHouseSearch
 */

defined( 'ABSPATH' ) || exit;

/**
 * Talks to the service: health, admin rules check, document upsert and delete.
 */
class HH_Search_Client {

	const TIMEOUT = 3;

	/**
	 * Service base URL without trailing slash.
	 *
	 * @var string
	 */
	private $service_url;

	/**
	 * API key for the admin routes.
	 *
	 * @var string
	 */
	private $api_key;

	/**
	 * Constructor.
	 *
	 * @param string $service_url Service base URL.
	 * @param string $api_key     API key.
	 */
	public function __construct( $service_url, $api_key ) {
		$this->service_url = untrailingslashit( (string) $service_url );
		$this->api_key     = (string) $api_key;
	}

	/**
	 * A client for the saved settings.
	 *
	 * @return HH_Search_Client
	 */
	public static function from_settings() {
		$settings = HH_Search_Settings::get();
		return new self( $settings['service_url'], $settings['api_key'] );
	}

	/**
	 * Sends one request.
	 *
	 * @param string     $method HTTP method.
	 * @param string     $path   Path (and query) below the service URL.
	 * @param array|null $body   JSON body.
	 * @param bool       $admin  Whether to send the API key.
	 * @return array { code: int (0 = no answer), body: mixed, error: string } error is '' on 2xx.
	 */
	public function request( $method, $path, $body = null, $admin = true ) {
		if ( '' === $this->service_url ) {
			return array(
				'code'  => 0,
				'body'  => null,
				'error' => __( 'The service URL is not set.', 'harrishouse-search' ),
			);
		}
		$args = array(
			'method'      => $method,
			'timeout'     => self::TIMEOUT,
			'redirection' => 0,
			'headers'     => array( 'Accept' => 'application/json, application/problem+json' ),
			'user-agent'  => 'HarrisHouseSearch-WordPress/' . HH_SEARCH_VERSION . '; ' . home_url( '/' ),
		);
		if ( $admin ) {
			$args['headers']['X-Api-Key'] = $this->api_key;
		}
		if ( null !== $body ) {
			$args['headers']['Content-Type'] = 'application/json';
			$args['body']                    = wp_json_encode( $body );
		}

		$response = wp_remote_request( $this->service_url . $path, $args );
		if ( is_wp_error( $response ) ) {
			return array(
				'code'  => 0,
				'body'  => null,
				/* translators: %s: the transport error message. */
				'error' => sprintf( __( 'Service unreachable: %s', 'harrishouse-search' ), $response->get_error_message() ),
			);
		}

		$code    = (int) wp_remote_retrieve_response_code( $response );
		$decoded = json_decode( (string) wp_remote_retrieve_body( $response ), true );
		$error   = '';
		if ( $code < 200 || $code > 299 ) {
			$error = sprintf( 'HTTP %d %s', $code, $method . ' ' . $path );
			if ( is_array( $decoded ) ) {
				$parts = array_filter( array( $decoded['title'] ?? '', $decoded['detail'] ?? '' ), 'is_string' );
				$parts = array_filter( $parts, 'strlen' );
				if ( $parts ) {
					$error .= ': ' . implode( ' — ', $parts );
				}
			}
		}
		return array(
			'code'  => $code,
			'body'  => $decoded,
			'error' => $error,
		);
	}

	/**
	 * Checks the service from the outside in.
	 *
	 * @return array { ok: bool, message: string }
	 */
	public function test_connection() {
		if ( '' === $this->service_url ) {
			return array(
				'ok'      => false,
				'message' => __( 'The service URL is not set.', 'harrishouse-search' ),
			);
		}
		$health = $this->request( 'GET', '/health/ready', null, false );
		if ( 0 === $health['code'] ) {
			return array(
				'ok'      => false,
				'message' => $health['error'],
			);
		}
		if ( 200 !== $health['code'] ) {
			return array(
				'ok'      => false,
				/* translators: %d: HTTP status code. */
				'message' => sprintf( __( 'The service answers but is not ready (HTTP %d on /health/ready).', 'harrishouse-search' ), $health['code'] ),
			);
		}
		if ( '' === $this->api_key ) {
			return array(
				'ok'      => false,
				'message' => __( 'The service is ready, but no API key is saved here.', 'harrishouse-search' ),
			);
		}
		$rules = $this->request( 'GET', '/api/admin/rules' );
		if ( 200 === $rules['code'] ) {
			return array(
				'ok'      => true,
				'message' => __( 'Connected: the service is ready and accepts the API key.', 'harrishouse-search' ),
			);
		}
		if ( 401 === $rules['code'] || 403 === $rules['code'] ) {
			$message = __( 'The service is ready, but it rejected the API key.', 'harrishouse-search' );
		} elseif ( 503 === $rules['code'] ) {
			$message = __( 'The service is ready, but no API key is configured on the service.', 'harrishouse-search' );
		} elseif ( 0 === $rules['code'] ) {
			$message = $rules['error'];
		} else {
			/* translators: %s: error description. */
			$message = sprintf( __( 'Unexpected answer from the service: %s', 'harrishouse-search' ), $rules['error'] );
		}
		return array(
			'ok'      => false,
			'message' => $message,
		);
	}

	/**
	 * Adds or replaces a document.
	 *
	 * @param array $document Document.
	 * @return array See request().
	 */
	public function upsert( array $document ) {
		return $this->request( 'PUT', '/api/admin/documents', $document );
	}

	/**
	 * Removes a document by its site path. 404 counts as done.
	 *
	 * @param string $url Site-relative path.
	 * @return array See request().
	 */
	public function delete( $url ) {
		$result = $this->request( 'DELETE', '/api/admin/documents?url=' . rawurlencode( $url ) );
		if ( 404 === $result['code'] ) {
			$result['error'] = '';
		}
		return $result;
	}
}
