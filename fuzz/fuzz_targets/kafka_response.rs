//! Answers from a Kafka broker, read the way evctl's own transport reads them (response
//! header, correlation id, then the response) for each request it sends, at the versions it
//! sends them. The first byte picks the request; the rest is the answer after its size.
#![no_main]

use bytes::Bytes;
use evctl::kafka::transport::decode_answer;
use kafka_protocol::messages::{
    ApiVersionsRequest, ConsumerGroupDescribeRequest, DescribeLogDirsRequest,
    FindCoordinatorRequest, OffsetFetchRequest, SaslAuthenticateRequest, SaslHandshakeRequest,
};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((choice, answer)) = data.split_first() else {
        return;
    };
    let answer = Bytes::copy_from_slice(answer);
    let _ = match choice % 10 {
        0 => decode_answer::<ApiVersionsRequest>(answer, 0, 1).map(drop),
        1 => decode_answer::<FindCoordinatorRequest>(answer, 4, 1).map(drop),
        2 => decode_answer::<OffsetFetchRequest>(answer, 8, 1).map(drop),
        3 => decode_answer::<ConsumerGroupDescribeRequest>(answer, 0, 1).map(drop),
        4 => decode_answer::<SaslHandshakeRequest>(answer, 1, 1).map(drop),
        5 => decode_answer::<SaslAuthenticateRequest>(answer, 2, 1).map(drop),
        v => decode_answer::<DescribeLogDirsRequest>(answer, i16::from(v - 5), 1).map(drop),
    };
});
